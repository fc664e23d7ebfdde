import type { Framework } from '../framework/framework';
import type { DataClass } from '../framework/handler-record';
import { loadConfig } from '../typed';

/**
 * Builds (once per hook and class) a validated config instance from
 * `config-get`, with secret options as lazy Secret objects. Throws the
 * typed layer's InvalidConfigError listing every violation.
 */
export function loadTypedConfig<T extends object>(framework: Framework, cls: DataClass<T>): T {
  const cached = framework.configCache?.get(cls);
  if (cached) return cached as T;
  const config = loadConfig(cls, framework.model.config.raw(), {
    options: framework.meta.config,
    resolveSecret: (id: string) => framework.model.getSecret({ id }),
  });
  (framework.configCache ??= new Map()).set(cls, config);
  return config;
}
