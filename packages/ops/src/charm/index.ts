export { CharmBase, type LoadConfigOptions } from './charm-base';
export { Component, type ComponentParent } from './component';
export type { CustomEventClass } from './define-event';
export { loadTypedConfig } from './typed-config';
export { FrameworkObject } from './framework-object';
