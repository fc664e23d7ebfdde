/** The in-memory `ModelBackend` over a FakeJuju. */
export { InMemoryBackend, type InMemoryBackendOptions, type PebbleClientLike } from './in-memory-backend';
export { runFakeCommand, type FakeCommandCall } from './guard-fake-command';
