/**
 * The memory of commands for one app session: caches, counters and requests in flight that are not part of
 * the app state (they change nothing on screen by themselves). Each command module defines its own slot
 * with `defineSessionSlot`; the values live in the services object, not in module variables.
 */
export interface SessionMemory {
  readonly slots: Map<symbol, unknown>;
}

export function createSessionMemory(): SessionMemory {
  return { slots: new Map() };
}

/**
 * A typed slot in the session memory, created on first use.
 *
 * @example
 * const mapRequests = defineSessionSlot('map requests', () => ({ generation: 0 }));
 * const mine = ++mapRequests(services.memory).generation;
 */
export function defineSessionSlot<T>(name: string, create: () => T): (memory: SessionMemory) => T {
  const key = Symbol(name);
  return (memory) => {
    if (!memory.slots.has(key)) memory.slots.set(key, create());
    return memory.slots.get(key) as T;
  };
}
