# One slim, non-root image for the bot, the scheduler and the migrations.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
RUN pip install --no-cache-dir --prefix=/install .

FROM python:3.11-slim
# The code runs from /app (PYTHONPATH first), where locales/ and knowledge/ sit beside it.
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PYTHONPATH=/app
# Letters: Tesseract's Finnish, Swedish and English data (read in-process by tesserocr) and DejaVu fonts
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
       tesseract-ocr tesseract-ocr-fin tesseract-ocr-swe tesseract-ocr-eng fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 10001 kototori \
    && mkdir -p /var/cache/kototori /data && chown kototori:kototori /var/cache/kototori /data
COPY --from=build /install /usr/local
# The code is root's and read-only to the bot's user; what the bot writes goes to volumes: caches (the knowledge
# base's sentence vectors, about a minute of CPU to rebuild) in KOTOTORI_CACHE_DIR, and /data, the working directory,
# where a SQLite database (./kototori.sqlite3 by default) would live.
COPY bot /app/bot
COPY handlers /app/handlers
COPY locales /app/locales
COPY knowledge /app/knowledge
COPY scheduler.py /app/
ENV KOTOTORI_CACHE_DIR=/var/cache/kototori
VOLUME ["/var/cache/kototori", "/data"]
WORKDIR /data
USER kototori
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
