import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ask } from '../../src/messaging/client';
import type { ReplyValues, RequestInput } from '../../src/messaging/protocol';
import { Overlay } from '../../src/overlay/components/Overlay';
import type { OverlayActions, OverlayContent } from '../../src/overlay/components/types';
import { OverlayController } from '../../src/overlay/controller';
import { findEvidence, showRange } from '../../src/overlay/highlight';
import { stringsFor, uiLanguage } from '../../src/overlay/i18n';
import { watchPage, type PageWatcher } from '../../src/overlay/live';
import type { PanelPosition } from '../../src/overlay/position';
import { insertReply } from '../../src/overlay/reply-box';
import { OVERLAY_CSS } from '../../src/overlay/styles';
import { adapterById, adapterForDocument, readTicket } from '../../src/sites';

/** The countdown asks for the remaining time this often, and only while the tab is visible. */
const TICK_MS = 30_000;

interface Placement {
  collapsed: boolean;
  position: PanelPosition | null;
}
const placementKey = () => `overlay-placement:${location.host}`;

/** Shared by the SaaS content script and the one the worker registers for self-hosted helpdesks. */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  // Both scripts of this extension share one isolated world; the page gets one overlay.
  const flag = globalThis as { triageLensStarted?: boolean };
  if (flag.triageLensStarted) return;
  flag.triageLensStarted = true;

  const language = uiLanguage(browser.i18n.getUILanguage());
  const t = stringsFor(language);
  const stored = (await browser.storage.local.get(placementKey()))[placementKey()] as Partial<Placement> | undefined;
  const placement: Placement = { collapsed: stored?.collapsed ?? false, position: stored?.position ?? null };
  const savePlacement = () => void browser.storage.local.set({ [placementKey()]: placement });

  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let watcher: PageWatcher | null = null;
  let ticker: number | undefined;
  let clearHighlight = () => {};

  const actions: OverlayActions = {
    onTier: (id) => void controller.chooseTier(id),
    onReceived: (iso) => void controller.setReceived(iso),
    onTogglePause: () => void controller.togglePause(),
    onEvidence(text) {
      clearHighlight();
      const range = findEvidence(controller.adapter?.ticketRoot(document) ?? document.body, text) ?? findEvidence(document.body, text);
      if (!range) return false;
      clearHighlight = showRange(window, range);
      return true;
    },
    onCopy: (text) => navigator.clipboard.writeText(text),
    onInsert(text) {
      const box = controller.adapter?.replyBox(document);
      if (box) insertReply(box, text);
    },
    onClose: close,
    onCollapsedChange(collapsed) {
      placement.collapsed = collapsed;
      savePlacement();
    },
    onMove(position) {
      placement.position = position;
      savePlacement();
    },
  };

  let latest: OverlayContent | null = null;
  let mounting: Promise<void> | null = null;
  async function mount() {
    const created = await createShadowRootUi(ctx, {
      name: 'triage-lens',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: OVERLAY_CSS,
      // Typing in the panel must not trigger the helpdesk's keyboard shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => createRoot(container),
      onRemove: (root) => root?.unmount(),
    });
    mounting = null;
    if (!latest) return; // hidden again while mounting
    created.mount();
    ui = created;
    render(latest);
  }

  const render = (content: OverlayContent) =>
    ui?.mounted?.render(<Overlay t={t} content={content} actions={actions} collapsed={placement.collapsed} position={placement.position} />);

  const controller = new OverlayController({
    ask: <K extends keyof ReplyValues>(request: RequestInput & { type: K }) => ask<ReplyValues[K]>(request),
    read: (url, adapterId) => readTicket(document, url, adapterId ?? undefined),
    show(content) {
      latest = content;
      if (ui) render(content);
      else mounting ??= mount();
      startTicking();
    },
    hide: unmount,
    doc: document,
    url: () => location.href,
    now: () => new Date(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    language,
  });

  function startWatching() {
    watcher ??= watchPage({
      win: window,
      // The page's own adapter says where its ticket lives, also while that part is still loading
      // (RT fetches its history after load) and the generic reader stood in for it meanwhile.
      root: () => {
        const id = controller.configuredAdapterId;
        return ((id && adapterById(id)) || adapterForDocument(document, location.href)).ticketRoot(document);
      },
      onChange: ({ urlChanged }) => void controller.refresh({ force: urlChanged }),
    });
  }
  function startTicking() {
    if (ticker !== undefined || document.hidden || !controller.hasDeadline()) return;
    ticker = ctx.setInterval(() => void controller.tick(), TICK_MS);
  }
  function stopTicking() {
    if (ticker !== undefined) clearInterval(ticker);
    ticker = undefined;
  }
  function unmount() {
    latest = null;
    stopTicking();
    clearHighlight();
    ui?.remove();
    ui = null;
  }
  function close() {
    watcher?.stop();
    watcher = null;
    controller.closed();
    unmount();
  }

  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.hidden) stopTicking();
    else if (ui) {
      void controller.tick();
      startTicking();
    }
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type !== 'show-overlay') return undefined;
    startWatching();
    return controller.refresh({ force: true, requested: true }).then(() => true);
  });
  ctx.onInvalidated(() => {
    watcher?.stop();
    stopTicking();
    flag.triageLensStarted = false; // an updated extension's script may start afresh
  });

  startWatching();
  await controller.refresh();
}
