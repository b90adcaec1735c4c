export default defineBackground(() => {
  // Wiring for deadline/analysis requests, the badge and breach alarms lives in src/background/.
});
