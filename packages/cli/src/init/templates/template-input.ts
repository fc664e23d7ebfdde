/** Whether the scaffolded charm runs on Kubernetes (sidecar container) or on machines. */
export type CharmKind = 'k8s' | 'machine';

/** What every template is rendered from. */
export interface TemplateInput {
  /** The charm name, e.g. `my-app`. */
  readonly name: string;
  /** The class-name stem, e.g. `MyApp` (classes `MyAppCharm`, `MyAppConfig`). */
  readonly stem: string;
  readonly kind: CharmKind;
  /** The version of @jujuts/* packages to depend on. */
  readonly version: string;
}
