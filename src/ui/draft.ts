import type { PolicyProblem } from '../policy/load';
import { jsonPath } from '../policy/load';

/** A place in a policy being edited: keys and list indexes, as zod reports them. */
export type Path = readonly (string | number)[];

export function getAt(value: unknown, path: Path): unknown {
  let here = value;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/**
 * A copy of `value` with `next` at `path` (objects and lists are created on the way);
 * `undefined` removes an object's key, so optional fields left empty disappear from the JSON.
 */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const child = setAt(getAt(value, [key]), rest, next);
  if (typeof key === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    list[key] = child;
    return list;
  }
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as object) } : {};
  if (child === undefined) delete (object as Record<string, unknown>)[key];
  else (object as Record<string, unknown>)[key] = child;
  return object;
}

/** A copy of `value` without the list item at `path`. */
export function removeAt(value: unknown, path: Path): unknown {
  const index = path[path.length - 1];
  const listPath = path.slice(0, -1);
  const list = getAt(value, listPath);
  if (!Array.isArray(list) || typeof index !== 'number') return value;
  return setAt(value, listPath, list.filter((_, i) => i !== index));
}

/** Problems reported exactly at `path`. */
export function problemsAt(problems: readonly PolicyProblem[], path: Path): PolicyProblem[] {
  const where = jsonPath(path);
  return problems.filter((p) => p.where === where);
}
