export type Point = { x: number; y: number };

type Rect = [minX: number, minY: number, maxX: number, maxY: number];

/**
 * Sutherland–Hodgman: clips a closed ring to a rectangle, one edge at a time. The result may run along
 * the rectangle's edges; callers clip to a rectangle slightly larger than what they show.
 */
export function clipRing(ring: readonly Point[], [minX, minY, maxX, maxY]: Rect): Point[] {
  const edges: { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point }[] = [
    { inside: (p) => p.x >= minX, cross: (a, b) => atX(a, b, minX) },
    { inside: (p) => p.x <= maxX, cross: (a, b) => atX(a, b, maxX) },
    { inside: (p) => p.y >= minY, cross: (a, b) => atY(a, b, minY) },
    { inside: (p) => p.y <= maxY, cross: (a, b) => atY(a, b, maxY) },
  ];
  let output: Point[] = [...ring];
  for (const edge of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      const isCurrentIn = edge.inside(current);
      if (isCurrentIn !== edge.inside(previous)) output.push(edge.cross(previous, current));
      if (isCurrentIn) output.push(current);
    }
    if (output.length === 0) break;
  }
  return output;
}

function atX(a: Point, b: Point, x: number): Point {
  return { x, y: a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x) };
}

function atY(a: Point, b: Point, y: number): Point {
  return { x: a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y), y };
}
