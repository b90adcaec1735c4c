/**
 * The overlay's stylesheet, injected into its shadow root only: nothing here reaches the page,
 * and WXT's `:host { all: initial }` reset keeps the page's styles out.
 */
export const OVERLAY_CSS = `
:host { color-scheme: light dark; }
.panel-host {
  --bg: #ffffff; --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --soft: #f3f4f6;
  --accent: #2563eb; --good: #15803d; --good-bg: #dcfce7; --warn: #b45309; --warn-bg: #fef3c7;
  --bad: #b91c1c; --bad-bg: #fee2e2; --focus: #2563eb;
  position: fixed; top: 16px; right: 16px; z-index: 2147483646;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); text-align: left; letter-spacing: normal;
}
@media (prefers-color-scheme: dark) {
  .panel-host {
    --bg: #1f2430; --fg: #e5e7eb; --muted: #9ca3af; --line: #374151; --soft: #2a3040;
    --accent: #93c5fd; --good: #86efac; --good-bg: #14532d; --warn: #fcd34d; --warn-bg: #713f12;
    --bad: #fca5a5; --bad-bg: #7f1d1d; --focus: #93c5fd;
  }
}
*, *::before, *::after { box-sizing: border-box; }
button, select, input { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.panel {
  width: 340px; max-height: calc(100vh - 32px); display: flex; flex-direction: column;
  background: var(--bg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0,0,0,.18), 0 2px 6px rgba(0,0,0,.08); overflow: hidden;
}
.header {
  display: flex; align-items: center; gap: 6px; padding: 8px 8px 8px 6px;
  background: var(--soft); border-bottom: 1px solid var(--line); cursor: move; user-select: none; touch-action: none;
}
.title { flex: 1; margin: 0; font-size: 13px; font-weight: 650; }
.grip, .icon {
  border: 0; background: transparent; border-radius: 6px; width: 26px; height: 26px; cursor: pointer;
  color: var(--muted); font-size: 16px; line-height: 1;
}
.grip { cursor: move; }
.icon:hover, .grip:hover { background: var(--line); color: var(--fg); }
.body { overflow: auto; padding: 4px 12px 12px; }
.section { padding: 10px 0; border-bottom: 1px solid var(--line); }
.section:last-child { border-bottom: 0; }
h2 {
  display: flex; align-items: baseline; justify-content: space-between; margin: 0 0 6px;
  font-size: 11px; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--muted);
}
.count { font-weight: 600; letter-spacing: normal; text-transform: none; color: var(--bad); }
.list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 4px; }
.item { display: flex; gap: 8px; align-items: flex-start; }
.mark {
  flex: none; width: 18px; height: 18px; border-radius: 50%; display: inline-grid; place-items: center;
  font-size: 11px; font-weight: 700; margin-top: 1px;
}
.status-present .mark { background: var(--good-bg); color: var(--good); }
.status-missing .mark { background: var(--bad-bg); color: var(--bad); }
.status-not-applicable .mark { background: var(--soft); color: var(--muted); }
.status-not-applicable .item-label { color: var(--muted); }
.item-body { flex: 1; display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 6px; min-width: 0; }
.item-label { font-weight: 550; }
.evidence {
  border: 0; padding: 0 2px; background: transparent; color: var(--accent); cursor: pointer; text-align: left;
  flex: 0 1 auto; min-width: 0; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 12px;
}
.evidence:hover { text-decoration: underline; }
.evidence-missing { color: var(--muted); text-decoration: line-through; }
.verdict { margin: 0 0 6px; font-weight: 600; }
.verdict-good { color: var(--good); }
.verdict-bad { color: var(--bad); }
.flag, .signal, .link { display: grid; gap: 2px; padding: 6px 8px; border-radius: 6px; background: var(--soft); min-width: 0; }
.flag .evidence, .signal .evidence { justify-self: start; }
.link { grid-template-columns: auto 1fr; align-items: center; column-gap: 8px; }
.link .clause { grid-column: 1 / -1; }
.link-url {
  border: 0; padding: 0; background: transparent; color: var(--fg); cursor: pointer; text-align: left;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.clause, .advice { color: var(--muted); font-size: 12px; }
.clause q { display: block; font-style: italic; }
.chip {
  display: inline-block; padding: 1px 7px; border-radius: 999px; font-size: 11px; font-weight: 600;
  background: var(--soft); color: var(--muted); margin-left: 6px;
}
.chip-ok { background: var(--good-bg); color: var(--good); margin: 0; }
.chip-bad { background: var(--bad-bg); color: var(--bad); margin: 0; }
.quiet { margin: 0; color: var(--muted); }
.note { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: var(--warn-bg); color: var(--warn); font-size: 12px; }
.error { margin: 6px 0 0; color: var(--bad); }
.countdown { display: grid; gap: 2px; margin: 0 0 8px; }
.countdown p { margin: 0; }
.countdown .state { font-size: 15px; font-weight: 700; }
.state-on-track .state { color: var(--good); }
.state-due-soon .state { color: var(--warn); }
.state-breached .state { color: var(--bad); }
.state-paused .state { color: var(--muted); }
.remaining { font-variant-numeric: tabular-nums; }
.due { margin: 0 0 8px; color: var(--muted); font-size: 12px; }
.fields { display: grid; gap: 6px; margin-bottom: 8px; }
.fields label { display: grid; grid-template-columns: 72px minmax(0, 1fr); align-items: center; gap: 8px; font-size: 12px; color: var(--muted); }
select, input {
  width: 100%; padding: 4px 6px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); font-size: 12px;
}
.button {
  border: 1px solid var(--line); background: var(--bg); border-radius: 6px; padding: 4px 10px; cursor: pointer; font-size: 12px;
}
.button:hover { background: var(--soft); }
.button[aria-pressed="true"] { background: var(--warn-bg); color: var(--warn); border-color: transparent; }
.reply { display: grid; gap: 6px; margin-bottom: 8px; }
.reply-text {
  margin: 0; padding: 8px; max-height: 160px; overflow: auto; white-space: pre-wrap; word-break: break-word;
  font: 12px/1.45 inherit; font-family: inherit; background: var(--soft); border-radius: 6px;
}
.row { display: flex; gap: 6px; }
.notes { margin: 8px 0 0; padding: 0 0 0 16px; color: var(--muted); font-size: 11px; }
.badge {
  position: relative; width: 44px; height: 44px; border-radius: 50%; border: 0; cursor: pointer;
  background: var(--accent); color: #fff; font-weight: 700; letter-spacing: .04em;
  box-shadow: 0 6px 18px rgba(0,0,0,.25);
}
@media (prefers-color-scheme: dark) { .badge { color: #111827; } }
.badge-alarm { background: #dc2626; color: #fff; }
.badge-count {
  position: absolute; top: -4px; right: -4px; min-width: 18px; height: 18px; padding: 0 4px; border-radius: 9px;
  background: var(--bg); color: var(--bad); border: 1px solid var(--line); font-size: 11px; line-height: 16px;
}
`;
