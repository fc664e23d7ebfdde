/**
 * `@jujuts/testing`: test jujuts charms without Juju. The production
 * dispatch pipeline runs against an in-memory Juju and Pebble.
 *
 * @packageDocumentation
 */
export * from './juju';
export * from './backend';
export * from './engine';
export * from './hook-tools';
export * from './sim';
