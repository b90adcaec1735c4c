import { startBackground } from '../src/background/index';

export default defineBackground(() => {
  startBackground();
});
