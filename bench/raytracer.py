# Ray tracer with classes: vectors, rays, spheres and a checkered plane, point lights
# with shadows and reflections, rendered to a WIDTH x HEIGHT image of 8-bit colours;
# prints the sum of the channels and a rolling checksum of the pixels instead of the
# image. Measures float arithmetic through small objects and method calls.
import math

WIDTH = 320
HEIGHT = 240
MAX_DEPTH = 3
EPSILON = 0.0001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def sub(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def mul(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())


BLACK = Vector(0.0, 0.0, 0.0)
WHITE = Vector(1.0, 1.0, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, distance):
        return self.origin.add(self.direction.scale(distance))


class Material:
    def __init__(self, colour, diffuse, specular, reflection):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.reflection = reflection

    def colour_at(self, point):
        return self.colour


class Checkerboard(Material):
    def __init__(self, other, diffuse, specular, reflection):
        Material.__init__(self, WHITE, diffuse, specular, reflection)
        self.other = other

    def colour_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """Distance along the ray to the nearest hit in front of it, or -1.0."""
        to_centre = self.centre.sub(ray.origin)
        along = to_centre.dot(ray.direction)
        if along < 0.0:
            return -1.0
        discriminant = self.radius * self.radius - (to_centre.dot(to_centre) - along * along)
        if discriminant < 0.0:
            return -1.0
        root = math.sqrt(discriminant)
        near = along - root
        if near > EPSILON:
            return near
        far = along + root
        return far if far > EPSILON else -1.0

    def normal_at(self, point):
        return point.sub(self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if abs(facing) < EPSILON:
            return -1.0
        distance = self.point.sub(ray.origin).dot(self.normal) / facing
        return distance if distance > EPSILON else -1.0

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Vector(0.1, 0.1, 0.1)

    def nearest_hit(self, ray):
        nearest = None
        best = -1.0
        for thing in self.objects:
            distance = thing.intersect(ray)
            if distance > 0.0 and (nearest is None or distance < best):
                nearest = thing
                best = distance
        return nearest, best

    def in_shadow(self, point, light):
        to_light = light.position.sub(point)
        distance = to_light.length()
        ray = Ray(point, to_light.scale(1.0 / distance))
        for thing in self.objects:
            hit = thing.intersect(ray)
            if hit > 0.0 and hit < distance:
                return True
        return False

    def trace(self, ray, depth):
        thing, distance = self.nearest_hit(ray)
        if thing is None:
            return BLACK
        point = ray.at(distance)
        normal = thing.normal_at(point)
        material = thing.material
        base = material.colour_at(point)
        colour = base.mul(self.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = light.position.sub(point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                colour = colour.add(base.mul(light.colour).scale(lambert * material.diffuse))
            halfway = to_light.sub(ray.direction).normalized()
            highlight = normal.dot(halfway)
            if highlight > 0.0:
                colour = colour.add(light.colour.scale(highlight ** 40 * material.specular))
        if depth < MAX_DEPTH and material.reflection > 0.0:
            reflected = ray.direction.sub(normal.scale(2.0 * ray.direction.dot(normal)))
            bounced = self.trace(Ray(point, reflected), depth + 1)
            colour = colour.add(bounced.scale(material.reflection))
        return colour


class Camera:
    def __init__(self, eye, target, up, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = target.sub(eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)

    def ray_through(self, column, row):
        aspect = self.width / self.height
        u = (2.0 * (column + 0.5) / self.width - 1.0) * aspect
        v = 1.0 - 2.0 * (row + 0.5) / self.height
        direction = self.forward.add(self.right.scale(u * 0.8)).add(self.up.scale(v * 0.8))
        return Ray(self.eye, direction.normalized())


def to_byte(channel):
    if channel <= 0.0:
        return 0
    if channel >= 1.0:
        return 255
    return int(channel * 255.0 + 0.5)


def build_scene():
    scene = Scene()
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                               Checkerboard(Vector(0.1, 0.1, 0.1), 0.8, 0.2, 0.3)))
    scene.objects.append(Sphere(Vector(0.0, 1.0, 0.0), 1.0, Material(Vector(0.9, 0.2, 0.2), 0.7, 0.5, 0.4)))
    scene.objects.append(Sphere(Vector(-2.2, 0.7, 1.0), 0.7, Material(Vector(0.2, 0.8, 0.3), 0.8, 0.3, 0.2)))
    scene.objects.append(Sphere(Vector(2.0, 0.5, -0.5), 0.5, Material(Vector(0.3, 0.4, 0.9), 0.6, 0.8, 0.6)))
    scene.objects.append(Sphere(Vector(0.8, 0.3, 2.0), 0.3, Material(Vector(0.9, 0.9, 0.2), 0.9, 0.2, 0.0)))
    scene.lights.append(Light(Vector(-4.0, 6.0, 5.0), Vector(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vector(5.0, 4.0, 3.0), Vector(0.4, 0.35, 0.3)))
    return scene


def render(scene, camera):
    total = 0
    checksum = 0
    for row in range(camera.height):
        for column in range(camera.width):
            colour = scene.trace(camera.ray_through(column, row), 0)
            for channel in (colour.x, colour.y, colour.z):
                value = to_byte(channel)
                total += value
                checksum = (checksum * 33 + value) % 1000000007
    return total, checksum


scene = build_scene()
camera = Camera(Vector(0.0, 2.0, 7.0), Vector(0.0, 0.8, 0.0), Vector(0.0, 1.0, 0.0), WIDTH, HEIGHT)
total, checksum = render(scene, camera)
print("image", WIDTH, "x", HEIGHT, "channel sum", total)
print("checksum", checksum)
