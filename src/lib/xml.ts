/** Text or an attribute value made safe to put inside XML. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
