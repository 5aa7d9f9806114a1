"""Make a clean page image look like a phone photo of a letter on a table; deterministic for a seed.

Rotation up to 8 degrees, perspective, uneven light and a soft shadow, blur, sensor noise, JPEG at quality 50-70.
A defect spoils the photo the way people's photos go wrong: too dark, out of focus, or the page cut off.
"""

from __future__ import annotations

import io
import math
import random
from enum import StrEnum

import numpy as np
from PIL import Image, ImageFilter


class Defect(StrEnum):
    DARK = "dark"
    BLURRED = "blurred"
    CUT = "cut"


def perspective_coefficients(
    output: list[tuple[float, float]], source: list[tuple[float, float]]
) -> tuple[float, ...]:
    """Coefficients for Pillow's PERSPECTIVE transform mapping each output corner back to its source corner."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(output, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    solution = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return tuple(float(c) for c in solution)


def _background(size: tuple[int, int], rng: random.Random, noise: np.random.Generator) -> Image.Image:
    """A table top: a muted colour with a gentle gradient and some grain, darker than paper."""
    w, h = size
    base = np.array(rng.choice([(118, 92, 70), (96, 98, 104), (140, 120, 96), (70, 72, 80), (150, 146, 140)]))
    small = (max(2, w // 16), max(2, h // 16))
    yy, xx = np.mgrid[0 : small[1], 0 : small[0]].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (xx * math.cos(angle) + yy * math.sin(angle)) / max(small)
    grain = noise.normal(0, 6, (small[1], small[0], 1)).astype(np.float32)
    field = base[None, None, :] * (0.85 + 0.3 * ramp[..., None]) + grain
    return Image.fromarray(np.clip(field, 0, 255).astype(np.uint8), "RGB").resize(
        size, Image.Resampling.BILINEAR
    )


def _lighting(size: tuple[int, int], rng: random.Random, dark: bool) -> np.ndarray:
    """A multiplicative light field: overall level, a gradient across the page and a soft shadow."""
    w, h = size
    sw, sh = max(2, w // 8), max(2, h // 8)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    xx /= sw
    yy /= sh
    level = rng.uniform(0.12, 0.2) if dark else rng.uniform(0.78, 1.0)
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (xx - 0.5) * math.cos(angle) + (yy - 0.5) * math.sin(angle)
    field = level * (1 - rng.uniform(0.0, 0.35) * (ramp + 0.5))
    cx, cy, r = rng.uniform(0, 1), rng.uniform(0, 1), rng.uniform(0.15, 0.4)
    depth = rng.uniform(0.0, 0.35)
    field *= 1 - depth * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))
    light = Image.fromarray(field.astype(np.float32), "F").resize(size, Image.Resampling.BILINEAR)
    return np.asarray(light, dtype=np.float32)


def photograph(page: Image.Image, *, seed: int, long_side: int = 2560, defect: Defect | None = None) -> bytes:
    """The page as a portrait 3:4 JPEG photo `long_side` pixels high (4000 gives 12 megapixels)."""
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    size = (round(long_side * 3 / 4), long_side)
    canvas = _background(size, rng, noise).convert("RGBA")

    pw, ph = page.size
    if defect is Defect.CUT:
        # too close and off to one side: a third of the page falls outside the frame
        height = size[1] * rng.uniform(1.05, 1.2)
        shift = (rng.choice([-1, 1]) * rng.uniform(0.25, 0.35) * size[0], rng.uniform(0.1, 0.25) * size[1])
    else:
        height = size[1] * rng.uniform(0.82, 0.92)
        shift = (rng.uniform(-0.03, 0.03) * size[0], rng.uniform(-0.03, 0.03) * size[1])
    scale = height / ph
    cx, cy = size[0] / 2 + shift[0], size[1] / 2 + shift[1]
    angle = math.radians(rng.uniform(-8, 8))
    cos, sin = math.cos(angle), math.sin(angle)
    jitter = 0.035 * height
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        dx, dy = sx * pw * scale / 2, sy * ph * scale / 2
        # perspective: the far edge (top) a little narrower than the near one, plus a small random tilt
        dx *= 1 - (0.04 * rng.uniform(0.2, 1.0) if sy < 0 else 0)
        x = cx + dx * cos - dy * sin + rng.uniform(-jitter, jitter) * 0.4
        y = cy + dx * sin + dy * cos + rng.uniform(-jitter, jitter) * 0.4
        corners.append((x, y))
    coeffs = perspective_coefficients(corners, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.convert("RGBA").transform(
        size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=(0, 0, 0, 0)
    )
    canvas.alpha_composite(warped)

    pixels = np.asarray(canvas.convert("RGB"), dtype=np.float32)
    pixels *= _lighting(size, rng, defect is Defect.DARK)[..., None]
    warm = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.88, 0.97)], dtype=np.float32)
    pixels *= warm
    sigma = rng.uniform(2.0, 5.0) * (2.5 if defect is Defect.DARK else 1.0)
    pixels += noise.normal(0, sigma, pixels.shape[:2]).astype(np.float32)[..., None]
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")

    unit = long_side / 2560
    radius = rng.uniform(5.0, 7.0) * unit if defect is Defect.BLURRED else rng.uniform(0.4, 1.2) * unit
    image = image.filter(ImageFilter.GaussianBlur(radius))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=rng.randint(50, 70))
    return out.getvalue()
