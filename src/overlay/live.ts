/**
 * Watches a helpdesk page for a changed ticket: single-page navigation (the Navigation API where the
 * browser has it, history traversal otherwise) and mutations under the ticket's root element.
 * Bursts are debounced so a mutation storm re-reads the page at most once per `debounceMs`.
 * Nothing polls: an idle page costs no CPU.
 */
export interface PageWatcherOptions {
  win: Window;
  /** The element whose changes mean the ticket changed; the body when the adapter knows none. */
  root(): Element | null;
  /** Called at most once per `debounceMs` after changes; `urlChanged` says whether the address moved. */
  onChange(change: { urlChanged: boolean }): void;
  debounceMs?: number;
}

export interface PageWatcher {
  stop(): void;
}

interface NavigationTarget {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export const DEBOUNCE_MS = 300;
/** Lets one synchronous burst of DOM writes finish before the page is read. */
const SETTLE_MS = 20;

export function watchPage(options: PageWatcherOptions): PageWatcher {
  const { win, debounceMs = DEBOUNCE_MS } = options;
  const doc = win.document;
  let lastUrl = win.location.href;
  let lastRun = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observed: Element | null = null;
  let stopped = false;

  const run = () => {
    timer = undefined;
    if (stopped) return;
    lastRun = Date.now();
    const urlChanged = win.location.href !== lastUrl;
    lastUrl = win.location.href;
    observeRoot();
    options.onChange({ urlChanged });
  };
  // Reads are spaced at least `debounceMs` apart; a quiet page is read soon after its first change.
  const schedule = () => {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(run, Math.max(SETTLE_MS, lastRun + debounceMs - Date.now()));
  };

  const observer = new (win as Window & typeof globalThis).MutationObserver(schedule);
  const observeRoot = () => {
    const root = options.root() ?? doc.body;
    if (root === observed || !root) return;
    observer.disconnect();
    observed = root;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    // The adapter's root may be replaced wholesale by the helpdesk; watching the body's children catches that.
    if (root !== doc.body && doc.body) observer.observe(doc.body, { childList: true });
  };
  observeRoot();

  const navigation = (win as Window & { navigation?: NavigationTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule);
  win.addEventListener('popstate', schedule);
  win.addEventListener('hashchange', schedule);

  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      observer.disconnect();
      navigation?.removeEventListener('navigatesuccess', schedule);
      win.removeEventListener('popstate', schedule);
      win.removeEventListener('hashchange', schedule);
    },
  };
}
