"""Ray tracer: a small scene of spheres over a checkered floor, rendered with shadows and
reflections, with vectors as a Python class.

Every vector operation creates a Vector object through an operator method (__add__, __sub__,
__mul__, __neg__), so this exercises binary-operator dispatch to Python methods, object
allocation, attribute loads, polymorphic method calls on scene objects, and float arithmetic.
The checksum is the number of pixels whose primary ray hit something and the summed colour,
rounded.
"""
import sys
import time

WIDTH = 160
HEIGHT = 120
MAX_DEPTH = 3
EPSILON = 1e-6


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def blend(self, other):
        """Component-wise product: how a surface colour filters incoming light."""
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def reflected(self, normal):
        return self - normal * (2.0 * self.dot(normal))


BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, distance):
        return self.origin + self.direction * distance


class Sphere:
    def __init__(self, center, radius, colour, reflectivity):
        self.center = center
        self.radius = radius
        self.colour = colour
        self.reflectivity = reflectivity

    def intersect(self, ray):
        """Distance along ray to the nearest hit in front of its origin, or None."""
        offset = ray.origin - self.center
        b = offset.dot(ray.direction)
        c = offset.dot(offset) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0.0:
            return None
        root = discriminant ** 0.5
        for distance in (-b - root, -b + root):
            if distance > EPSILON:
                return distance
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()

    def colour_at(self, point):
        return self.colour


class CheckeredFloor:
    def __init__(self, height, reflectivity):
        self.height = height
        self.reflectivity = reflectivity
        self.normal = Vector(0.0, 1.0, 0.0)
        self.light_square = Vector(0.9, 0.9, 0.85)
        self.dark_square = Vector(0.15, 0.2, 0.25)

    def intersect(self, ray):
        if abs(ray.direction.y) < EPSILON:
            return None
        distance = (self.height - ray.origin.y) / ray.direction.y
        return distance if distance > EPSILON else None

    def normal_at(self, point):
        return self.normal

    def colour_at(self, point):
        # The squares are offset by odd amounts so that no pixel's ray meets the floor exactly on
        # a boundary, where the last bit of a square root would decide the colour.
        if (int((point.x + 0.2718) // 1.0) + int((point.z + 0.1618) // 1.0)) % 2 == 0:
            return self.light_square
        return self.dark_square


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 6.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-2.2, 0.7, 7.5), 0.7, Vector(0.2, 0.8, 0.3), 0.1),
            Sphere(Vector(2.0, 1.5, 8.0), 1.5, Vector(0.3, 0.4, 0.95), 0.5),
            Sphere(Vector(0.8, 0.3, 4.2), 0.3, Vector(0.95, 0.9, 0.2), 0.0),
            CheckeredFloor(0.0, 0.25),
        ]
        self.light = Vector(-4.0, 8.0, 1.0)
        self.ambient = 0.1

    def nearest_hit(self, ray):
        nearest, nearest_distance = None, None
        for thing in self.objects:
            distance = thing.intersect(ray)
            if distance is not None and (nearest_distance is None or distance < nearest_distance):
                nearest, nearest_distance = thing, distance
        return nearest, nearest_distance

    def in_shadow(self, point):
        to_light = self.light - point
        light_distance = to_light.length()
        ray = Ray(point, to_light)
        for thing in self.objects:
            distance = thing.intersect(ray)
            if distance is not None and distance < light_distance:
                return True
        return False

    def trace(self, ray, depth):
        thing, distance = self.nearest_hit(ray)
        if thing is None:
            return Vector(0.05, 0.05, 0.1 + 0.2 * max(ray.direction.y, 0.0))
        point = ray.point_at(distance)
        normal = thing.normal_at(point)
        surface = thing.colour_at(point)
        brightness = self.ambient
        if not self.in_shadow(point + normal * EPSILON):
            brightness += max(normal.dot((self.light - point).normalized()), 0.0)
        colour = surface * min(brightness, 1.0)
        if depth < MAX_DEPTH and thing.reflectivity > 0.0:
            bounce = Ray(point + normal * EPSILON, ray.direction.reflected(normal))
            reflection = self.trace(bounce, depth + 1)
            colour = colour * (1.0 - thing.reflectivity) + reflection.blend(surface) * thing.reflectivity
        return colour


def render(scene, width, height):
    eye = Vector(0.0, 1.1713, 0.0)
    hits = 0
    total = BLACK
    for row in range(height):
        for column in range(width):
            # Aim at the pixel's centre (see CheckeredFloor.colour_at for why it matters).
            x = (column + 0.5 - width / 2) / height
            y = (height / 2 - row - 0.5) / height
            ray = Ray(eye, Vector(x, y, 1.0))
            if scene.nearest_hit(ray)[0] is not None:
                hits += 1
            total = total + scene.trace(ray, 0)
    return hits, total


def bench():
    hits, total = render(Scene(), WIDTH, HEIGHT)
    return (hits, round(total.x, 6), round(total.y, 6), round(total.z, 6))


# ---- harness: identical in every bench program (BenchProgramsTest checks it); edit all or none ----
# Usage: PROGRAM [N]. Runs bench() N times (default 1); for each run prints one line
#     iteration <i> <seconds> <repr of the checksum bench() returned>
# with i counting from 1 and seconds measured with time.perf_counter. bench/run parses these lines.
def _run_harness(argv):
    iterations = int(argv[1]) if len(argv) > 1 else 1
    for i in range(1, iterations + 1):
        started = time.perf_counter()
        checksum = bench()
        elapsed = time.perf_counter() - started
        print("iteration", i, elapsed, repr(checksum), flush=True)


if __name__ == "__main__":
    _run_harness(sys.argv)
