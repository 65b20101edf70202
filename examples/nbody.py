# Molt demo: simulate the Sun and the four gas giants for 1000 years.
#
# Plain Python that Molt compiles to a native executable: module-level functions,
# lists of floats, f-strings. The printed energies match CPython 3.12 digit for digit,
# because Molt evaluates floats exactly as CPython does (IEEE-754, no fused multiply-add).

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
TIME_STEP = 0.01            # in years
YEARS = 1000
STEPS_PER_REPORT = 20000

NAMES = ["Sun", "Jupiter", "Saturn", "Uranus", "Neptune"]


def make_body(x, y, z, vx, vy, vz, mass):
    """A body is [x, y, z, vx, vy, vz, mass]: positions in AU, velocities in AU/year."""
    return [x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, mass * SOLAR_MASS]


def solar_system():
    return [
        make_body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        make_body(4.84143144246472090, -1.16032004402742839, -0.103622044471123109,
                  1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                  9.54791938424326609e-04),
        make_body(8.34336671824457987, 4.12479856412430479, -0.403523417114321381,
                  -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04),
        make_body(12.8943695621391310, -15.1111514016986312, -0.223307578892655734,
                  2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05),
        make_body(15.3796971148509165, -25.9193146099879641, 0.179258772950371181,
                  2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                  5.15138902046611451e-05),
    ]


def offset_momentum(bodies):
    """Give the Sun the velocity that makes the system's total momentum zero."""
    px = 0.0
    py = 0.0
    pz = 0.0
    for body in bodies:
        px += body[3] * body[6]
        py += body[4] * body[6]
        pz += body[5] * body[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies):
    """Kinetic plus potential energy: constant in theory, so its drift measures the error."""
    total = 0.0
    for i in range(len(bodies)):
        a = bodies[i]
        total += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for j in range(i + 1, len(bodies)):
            b = bodies[j]
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            total -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return total


def advance(bodies, dt, steps):
    count = len(bodies)
    for _ in range(steps):
        for i in range(count):
            a = bodies[i]
            for j in range(i + 1, count):
                b = bodies[j]
                dx = a[0] - b[0]
                dy = a[1] - b[1]
                dz = a[2] - b[2]
                distance_squared = dx * dx + dy * dy + dz * dz
                magnitude = dt / (distance_squared * distance_squared ** 0.5)
                a_pull = a[6] * magnitude
                b_pull = b[6] * magnitude
                a[3] -= dx * b_pull
                a[4] -= dy * b_pull
                a[5] -= dz * b_pull
                b[3] += dx * a_pull
                b[4] += dy * a_pull
                b[5] += dz * a_pull
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def report(bodies, year):
    print(f"year {year:>5}: energy {energy(bodies):.12f}")


def main():
    bodies = solar_system()
    offset_momentum(bodies)
    start = energy(bodies)
    report(bodies, 0)
    total_steps = int(YEARS / TIME_STEP)
    done = 0
    while done < total_steps:
        steps = min(STEPS_PER_REPORT, total_steps - done)
        advance(bodies, TIME_STEP, steps)
        done += steps
        report(bodies, round(done * TIME_STEP))
    print()
    for i in range(len(bodies)):
        body = bodies[i]
        distance = (body[0] ** 2 + body[1] ** 2 + body[2] ** 2) ** 0.5
        print(f"{NAMES[i]:<8} at {distance:8.3f} AU from the origin, "
              f"speed {(body[3] ** 2 + body[4] ** 2 + body[5] ** 2) ** 0.5:.5f} AU/year")
    drift = (energy(bodies) - start) / start
    print(f"\nrelative energy drift after {YEARS} years: {drift:.3e}")


main()
