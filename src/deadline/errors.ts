/** Bad input to the deadline engine (unknown tier, unreadable instant, impossible pause): a message for people. */
export class DeadlineError extends Error {}
