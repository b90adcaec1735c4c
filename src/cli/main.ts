import { nodeIo } from './io';
import { runCli } from './run';

runCli(process.argv.slice(2), nodeIo).then((code) => {
  process.exitCode = code;
});
