/** PropertiesService and CacheService: small key-value stores that survive save() and reload. */
import type { Runtime } from '../runtime';
import { PropertiesService } from './stores';
import { CacheService } from './cache';

export { evictCache } from './cache';

export function install(rt: Runtime): Record<string, unknown> {
  return {
    PropertiesService: rt.expose(new PropertiesService(rt)),
    CacheService: rt.expose(new CacheService(rt)),
  };
}
