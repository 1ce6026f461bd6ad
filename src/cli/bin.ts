/** Entry point of the `claimlens` executable. */
import { main } from './main';

// `claimlens ... | head` closes the pipe early: that is the reader's choice, not an error to trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = main(process.argv.slice(2));
