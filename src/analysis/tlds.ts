/**
 * Top-level domains a bare host name may end in ("swapdesk.net", "obmen.рф"). A whitelist rather than
 * "any letters", because code and prose are full of dotted words: "orders.status", "window.location".
 * Every two-letter country code counts; these are the generic ones seen on customer sites, and `example`, the
 * reserved name that documentation and test tickets give a customer's site ("our site cryptoswap.example").
 */
const GENERIC = (
  'com net org info biz pro name mobi asia tel travel jobs xxx edu gov mil int aero coop museum ' +
  'app dev io ai cloud online site website store shop tech space top xyz club fun live life world today ' +
  'exchange money cash finance financial capital fund bank trade trading market markets crypto bet casino ' +
  'digital network systems solutions services group company agency center global international email ' +
  'link click page host hosting press blog news media social chat zone one plus best cool vip win ' +
  'ltd inc llc gmbh team work works tools software codes guru expert ninja rocks art design studio ' +
  'city moscow tokyo london berlin nyc paris kiwi wtf lol icu cyou buzz monster sbs cfd bond ' +
  'fyi run gg tv cc ws me to co so la fm am vc sh ac nu ly gl im is it be de ' +
  'academy education school university tips help support report reviews review wiki land place ' +
  'direct deals sale shopping market store business ventures partners holdings limited investments ' +
  'credit loans tax insure insurance gold silver diamonds watch film video photo photos pics gallery ' +
  'games game play party events family kids love dating sexy beauty fashion clothing shoes bike auto ' +
  'cars car taxi travel tours flights hotel restaurant cafe pizza bar pub beer wine coffee ' +
  'health care clinic dental doctor fitness yoga organic green energy solar eco farm garden house ' +
  'homes realty estate property properties build construction tools parts supply supplies equipment ' +
  'computer technology science engineering systems domains hosting server servers marketing ' +
  'ooo su lat africa arab cat eus gal scot wales nrw bayern tirol vegas miami boston quebec swiss istanbul dubai ' +
  'kyiv krd tatar moe ink foundation institute consulting management legal lawyer attorney accountant accountants ' +
  'express delivery pay kim promo discount bargains cheap exposed claims fit rest surf pink red blue black example'
).split(' ');

const CYRILLIC = ['рф', 'рус', 'москва', 'онлайн', 'сайт', 'орг', 'ком', 'дети', 'укр', 'бел', 'срб', 'қаз'];

const KNOWN = new Set([...GENERIC, ...CYRILLIC]);

export function isKnownTld(tld: string): boolean {
  return KNOWN.has(tld) || /^[a-z]{2}$/.test(tld) || /^xn--[a-z0-9]+$/.test(tld);
}
