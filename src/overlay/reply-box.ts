/**
 * Puts reply text into the helpdesk's reply editor the way typing would, so the helpdesk's own
 * scripts notice: form fields through the native value setter, rich editors as plain text.
 * Never as markup.
 */
export function insertReply(box: HTMLElement, text: string): void {
  const win = box.ownerDocument.defaultView;
  if (box instanceof (win?.HTMLTextAreaElement ?? HTMLTextAreaElement) || box instanceof (win?.HTMLInputElement ?? HTMLInputElement)) {
    const field = box as HTMLTextAreaElement | HTMLInputElement;
    const proto = Object.getPrototypeOf(field) as object;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    const value = field.value ? `${field.value}\n\n${text}` : text;
    if (setter) setter.call(field, value);
    else field.value = value;
  } else {
    box.textContent = box.textContent?.trim() ? `${box.textContent}\n\n${text}` : text;
  }
  box.dispatchEvent(new (win?.InputEvent ?? InputEvent)('input', { bubbles: true, inputType: 'insertText', data: text }));
  box.dispatchEvent(new (win?.Event ?? Event)('change', { bubbles: true }));
  box.focus();
}
