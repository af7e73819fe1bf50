/** C# property name of a JSON (camelCase) property: PTV's ModelState keys are PascalCase. */
export function pascal(name: string): string {
  return name.length === 0 ? name : name[0]!.toUpperCase() + name.slice(1);
}

/** PTV key for a JSON path: ['serviceNames', 0, 'value'] → 'ServiceNames[0].Value'; [0, 'serviceId'] → '[0].ServiceId'. */
export function toPtvKey(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += (out.length ? '.' : '') + pascal(seg);
  }
  return out;
}
