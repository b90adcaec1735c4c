import type { Policy } from '../../policy/schema';
import type { Ticket } from '../../ticket/schema';
import { type Evidence, evidenceIn, type Segment } from '../evidence';
import { catalogKind, hostMentions, hostWithin, lookupHost, refusingRule } from '../links';
import { productTokens } from './version';

/**
 * Public services, exchanges, block explorers, mail and hosting providers, software projects:
 * a host of these is never the customer's own site.
 */
const PUBLIC_HOSTS = new Map(
  (
  'google.com google.ru goo.gl gmail.com googleusercontent.com t.me telegram.org telegram.me telegra.ph github.com ' +
  'github.io githubusercontent.com gitlab.com bitbucket.org stackoverflow.com stackexchange.com tronscan.org ' +
  'tronscan.io etherscan.io bscscan.com polygonscan.com blockchair.com blockchain.com blockchain.info btc.com ' +
  'mempool.space blockstream.info tonscan.org tonviewer.com solscan.io explorer.solana.com bestchange.ru ' +
  'bestchange.com bestchange.net coinmarketcap.com coingecko.com binance.com bybit.com okx.com kucoin.com huobi.com ' +
  'htx.com kraken.com exmo.com exmo.me garantex.org whitebit.com cryptocompare.com php.net laravel.com mysql.com ' +
  'mariadb.org nginx.org nginx.com apache.org ubuntu.com debian.org wordpress.org wordpress.com cloudflare.com ' +
  'letsencrypt.org facebook.com fb.com twitter.com x.com instagram.com vk.com ok.ru linkedin.com wikipedia.org ' +
  'microsoft.com live.com apple.com amazon.com amazonaws.com digitalocean.com hetzner.com hetzner.de ovh.com ovh.net ' +
  'godaddy.com namecheap.com reg.ru nic.ru timeweb.ru timeweb.com beget.com beget.ru sprinthost.ru yandex.ru ' +
  'yandex.com ya.ru mail.ru outlook.com hotmail.com yahoo.com proton.me protonmail.com skype.com whatsapp.com wa.me ' +
  'zoom.us discord.com discord.gg slack.com notion.so trello.com atlassian.net atlassian.com pastebin.com ' +
  'npmjs.com packagist.org jsfiddle.net codepen.io ssllabs.com 2ip.ru speedtest.net paypal.com stripe.com ' +
  'payeer.com perfectmoney.com advcash.com qiwi.com yoomoney.ru tinkoff.ru sberbank.ru sber.ru webmoney.ru ' +
  'capitalist.net exnode.ru kursexpert.ru okchanger.ru bitrix24.ru bitrix24.com bitrix24.de 1c-bitrix.ru ' +
  'cryptomus.com heleket.com nowpayments.io coinpayments.net plisio.net cryptocloud.plus cryptopay.me changenow.io ' +
  'simpleswap.io fixedfloat.com ff.io sideshift.ai kuna.io rapira.net abcex.io trongrid.io tatum.io infura.io alchemy.com ' +
  'blockcypher.com bitcoin.org ethereum.org tether.to mercuryo.io moonpay.com wise.com revolut.com monobank.ua ' +
  'privatbank.ua alfabank.ru vtb.ru unitpay.ru freekassa.ru freekassa.com enot.io aaio.io lava.ru payok.io anypay.io ' +
  'interkassa.com robokassa.ru cloudpayments.ru skrill.com neteller.com payoneer.com volet.com kurs.expert bits.media ' +
  'glazok.org exchangesumo.com hcaptcha.com recaptcha.net jsdelivr.net unpkg.com googleapis.com gstatic.com jquery.com ' +
  'getbootstrap.com sentry.io pusher.com socket.io asp.net openai.com chatgpt.com viber.com rambler.ru tutanota.com ' +
  'ukr.net bk.ru inbox.ru list.ru localhost example.com example.org example.net'
  )
    .split(' ')
    .map((h) => [h, true] as const),
);

/** A host name or URL of the customer's own site (not the vendor's, not a public service, not an IP). */
export function findDomain(policy: Policy, ticket: Ticket, segments: readonly Segment[]): Evidence | undefined {
  const vendor = productTokens(policy);
  const helpdesk = hostOfUrl(ticket.url);
  for (const mention of hostMentions(segments)) {
    const { host } = mention;
    if (/^[\d.]+$/.test(host) || host.includes(':')) continue;
    if (helpdesk && hostWithin(host, helpdesk)) continue;
    if (lookupHost(PUBLIC_HOSTS, host) || catalogKind(host) || refusingRule(policy, host)) continue;
    if (isVendorHost(host, vendor)) continue;
    return evidenceIn(mention.segment, mention.index, mention.text.length);
  }
  return undefined;
}

/** The vendor's own sites carry the product's name: iexexchanger.com, docs.iex-exchanger.ru. */
function isVendorHost(host: string, product: Set<string>): boolean {
  const labels = host.split('.').slice(0, -1).map((l) => l.replace(/-/g, ''));
  return labels.some((label) => [...product].some((token) => label === token || (token.length >= 6 && label.includes(token))));
}

function hostOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}
