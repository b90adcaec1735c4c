export default defineContentScript({
  matches: ['https://*.zendesk.com/*'],
  main() {},
});
