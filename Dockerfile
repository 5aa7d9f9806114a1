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
RUN useradd --create-home --uid 10001 kototori
COPY --from=build /install /usr/local
WORKDIR /app
COPY --chown=kototori:kototori bot ./bot
COPY --chown=kototori:kototori handlers ./handlers
COPY --chown=kototori:kototori locales ./locales
COPY --chown=kototori:kototori knowledge ./knowledge
COPY --chown=kototori:kototori scheduler.py ./
USER kototori
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
