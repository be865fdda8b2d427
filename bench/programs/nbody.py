"""N-body: a made-up star system of five bodies integrated with a fixed time step.

Exercises float arithmetic on list elements, nested loops over precomputed pairs, tuple
unpacking and ** 0.5. The checksum is the system's total energy before and after, rounded so
that last-bit differences in pow() between platforms cannot show.
"""
import sys
import time

STEPS = 50000
TIME_STEP = 0.005

# (x, y, z, vx, vy, vz, mass) of an invented system: a heavy star and four planets on roughly
# circular orbits, each with a small tilt so that all three dimensions take part.
INITIAL_BODIES = (
    (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 40.0),
    (1.5, 0.0, 0.02, 0.0, 5.15, 0.05, 0.004),
    (0.0, -2.8, -0.05, 3.8, 0.0, 0.03, 0.011),
    (-5.0, 0.4, 0.1, -0.2, -2.8, 0.0, 0.03),
    (0.7, 8.6, -0.2, -2.15, 0.15, -0.01, 0.018),
)


def make_bodies():
    bodies = [list(body) for body in INITIAL_BODIES]
    # Give the star the opposite of the planets' momentum so the centre of mass stays put.
    px = py = pz = 0.0
    for body in bodies[1:]:
        mass = body[6]
        px += body[3] * mass
        py += body[4] * mass
        pz += body[5] * mass
    star = bodies[0]
    star[3] = -px / star[6]
    star[4] = -py / star[6]
    star[5] = -pz / star[6]
    return bodies


def all_pairs(bodies):
    return [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def energy(bodies, pairs):
    total = 0.0
    for (x, y, z, vx, vy, vz, mass) in bodies:
        total += 0.5 * mass * (vx * vx + vy * vy + vz * vz)
    for (a, b) in pairs:
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        dz = a[2] - b[2]
        total -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return total


def advance(bodies, pairs, steps, dt):
    for _ in range(steps):
        for (a, b) in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            dist2 = dx * dx + dy * dy + dz * dz
            magnitude = dt / (dist2 * dist2 ** 0.5)
            b_mass = b[6] * magnitude
            a_mass = a[6] * magnitude
            a[3] -= dx * b_mass
            a[4] -= dy * b_mass
            a[5] -= dz * b_mass
            b[3] += dx * a_mass
            b[4] += dy * a_mass
            b[5] += dz * a_mass
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def bench():
    bodies = make_bodies()
    pairs = all_pairs(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, STEPS, TIME_STEP)
    after = energy(bodies, pairs)
    return (round(before, 9), round(after, 9))


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
