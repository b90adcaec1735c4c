/** Where the panel sits: its top-left corner in viewport pixels; null means the default corner. */
export interface PanelPosition {
  x: number;
  y: number;
}

const MARGIN = 8;
export const KEY_STEP = 24;

/** Keeps at least the panel's header on screen whatever the window size. */
export function clampPosition(pos: PanelPosition, panel: { width: number; height: number }, viewport: { width: number; height: number }): PanelPosition {
  const maxX = Math.max(MARGIN, viewport.width - panel.width - MARGIN);
  const maxY = Math.max(MARGIN, viewport.height - Math.min(panel.height, 48) - MARGIN);
  return { x: Math.round(Math.min(Math.max(pos.x, MARGIN), maxX)), y: Math.round(Math.min(Math.max(pos.y, MARGIN), maxY)) };
}

/** Arrow keys move the panel by one step (five with Shift); other keys do nothing. */
export function keyboardMove(pos: PanelPosition, key: string, shift: boolean): PanelPosition | null {
  const step = shift ? KEY_STEP * 5 : KEY_STEP;
  switch (key) {
    case 'ArrowLeft':
      return { x: pos.x - step, y: pos.y };
    case 'ArrowRight':
      return { x: pos.x + step, y: pos.y };
    case 'ArrowUp':
      return { x: pos.x, y: pos.y - step };
    case 'ArrowDown':
      return { x: pos.x, y: pos.y + step };
    default:
      return null;
  }
}
