"""The Bot API specification (``api.json``) compiled once into validators for incoming requests."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from bot.emulator.errors import ApiError, bad_request

ObjectHook = Callable[[dict[str, Any]], None]

_INT_RE = re.compile(r"^[+-]?\d+$")
_DISCRIMINATOR_RE = re.compile(r"(?:must be|always) [\"“]?([a-z_]+)[\"”]?")
_SCALARS = frozenset({"Integer", "Float", "Boolean", "String", "InputFile"})
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})

# Parameters Telegram still accepts although the current spec no longer lists them; aiogram sends them.
LEGACY_PARAMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "reply_to_message_id": ("reply_parameters", ("Integer",)),
    "allow_sending_without_reply": ("reply_parameters", ("Boolean",)),
    "disable_web_page_preview": ("link_preview_options", ("Boolean",)),
}


@dataclass(frozen=True, slots=True)
class Upload:
    """A file part of a multipart request."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    types: tuple[str, ...]
    required: bool


@dataclass(frozen=True, slots=True)
class ObjectSpec:
    name: str
    fields: dict[str, FieldSpec]
    subtypes: tuple[str, ...] = ()
    # discriminator field name and value -> subtype name (e.g. "type": {"photo": "InputMediaPhoto"})
    discriminator: tuple[str, dict[str, str]] | None = None
    fixed: tuple[str, str] | None = None  # e.g. ("type", "photo") for InputMediaPhoto

    @property
    def required(self) -> list[str]:
        return [f.name for f in self.fields.values() if f.required]


@dataclass(frozen=True, slots=True)
class MethodSpec:
    name: str
    fields: dict[str, FieldSpec]
    returns: tuple[str, ...]
    legacy: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ApiSpec:
    version: str
    methods: dict[str, MethodSpec]  # keyed by lower-case method name
    types: dict[str, ObjectSpec]


def _fields(raw: list[dict[str, Any]]) -> dict[str, FieldSpec]:
    return {f["name"]: FieldSpec(f["name"], tuple(f["types"]), bool(f["required"])) for f in raw}


def _fixed(fields: list[dict[str, Any]]) -> tuple[str, str] | None:
    for f in fields:
        if f["name"] in ("type", "status", "source"):
            match = _DISCRIMINATOR_RE.search(f["description"])
            if match:
                return f["name"], match.group(1)
    return None


def _discriminator(types: dict[str, Any], subtypes: list[str]) -> tuple[str, dict[str, str]] | None:
    for key in ("type", "status", "source"):
        values: dict[str, str] = {}
        for sub in subtypes:
            fields = {f["name"]: f for f in types.get(sub, {}).get("fields", [])}
            match = _DISCRIMINATOR_RE.search(fields[key]["description"]) if key in fields else None
            if match is None:
                break
            values[match.group(1)] = sub
        else:
            return key, values
    return None


@functools.cache
def load_spec() -> ApiSpec:
    """Parse ``api.json`` once per process."""
    raw = json.loads(resources.files("bot.emulator").joinpath("api.json").read_text(encoding="utf-8"))
    types: dict[str, ObjectSpec] = {}
    for name, t in raw["types"].items():
        subtypes = [s for s in t.get("subtypes", []) if s in raw["types"]]
        types[name] = ObjectSpec(
            name,
            _fields(t.get("fields", [])),
            tuple(subtypes),
            _discriminator(raw["types"], subtypes) if subtypes else None,
            _fixed(t.get("fields", [])),
        )
    methods: dict[str, MethodSpec] = {}
    for name, m in raw["methods"].items():
        fields = _fields(m.get("fields", []))
        legacy = {k: v[1] for k, v in LEGACY_PARAMS.items() if v[0] in fields}
        methods[name.lower()] = MethodSpec(name, fields, tuple(m.get("returns", [])), legacy)
    return ApiSpec(str(raw.get("version", "")), methods, types)


class Validator:
    """Coerces request values to the spec's types and rejects what does not fit."""

    def __init__(self, spec: ApiSpec, hooks: Mapping[str, ObjectHook], strict: bool) -> None:
        self.spec = spec
        self.hooks = hooks
        self.strict = strict

    def params(
        self, method: MethodSpec, raw: Mapping[str, Any], uploads: Mapping[str, Upload]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in raw.items():
            spec = method.fields.get(name)
            if spec is None:
                legacy = method.legacy.get(name)
                if legacy is not None:
                    out[name] = self.value(value, legacy, name, uploads, top=True)
                elif isinstance(value, Upload):
                    continue  # an attachment referenced as attach://<name>
                elif self.strict:
                    raise bad_request(f"unknown parameter {name}")
                continue
            out[name] = self.value(value, spec.types, name, uploads, top=True)
        for spec in method.fields.values():
            if spec.required and spec.name not in out:
                if spec.name == "text":
                    raise bad_request("message text is empty")
                raise bad_request(f'parameter "{spec.name}" is required')
        return out

    def value(
        self,
        value: Any,
        types: tuple[str, ...],
        path: str,
        uploads: Mapping[str, Upload],
        *,
        top: bool = False,
    ) -> Any:
        if len(types) == 1:
            return self._one(value, types[0], path, uploads, top)
        if all(t.startswith("Array of ") for t in types):
            # e.g. sendMediaGroup: a list whose items may each be any of the element types
            inner = tuple(t[len("Array of ") :] for t in types)
            if isinstance(value, str) and top:
                value = _json(value, path)
            if not isinstance(value, list):
                raise _mismatch(path, " or ".join(types))
            return [self.value(v, inner, f"{path}[{i}]", uploads) for i, v in enumerate(value)]
        objects = [t for t in types if t in self.spec.types]
        if objects and len(objects) == len(types):
            return self._union(value, objects, path, uploads, top)
        for t in types:
            try:
                return self._one(value, t, path, uploads, top)
            except _Mismatch:
                continue
        raise _mismatch(path, " or ".join(types))

    def _one(self, value: Any, t: str, path: str, uploads: Mapping[str, Upload], top: bool) -> Any:
        if t.startswith("Array of "):
            if isinstance(value, str) and top:
                value = _json(value, path)
            if not isinstance(value, list):
                raise _mismatch(path, t)
            inner = (t[len("Array of ") :],)
            return [self.value(v, inner, f"{path}[{i}]", uploads) for i, v in enumerate(value)]
        if t in _SCALARS:
            return _scalar(value, t, path, uploads)
        obj = self.spec.types.get(t)
        if obj is None:
            return value  # a type this emulator does not model in depth
        if isinstance(value, str) and top:
            value = _json(value, path)
        if not isinstance(value, dict):
            raise _mismatch(path, t)
        return self.object(value, obj, path, uploads)

    def _union(
        self, value: Any, names: list[str], path: str, uploads: Mapping[str, Upload], top: bool
    ) -> Any:
        if isinstance(value, str) and top:
            value = _json(value, path)
        if not isinstance(value, dict):
            raise _mismatch(path, " or ".join(names))
        for name in names:
            obj = self.spec.types[name]
            if obj.subtypes or all(r in value for r in obj.required):
                try:
                    return self.object(value, obj, path, uploads)
                except _Mismatch:
                    continue  # e.g. an InputMediaPhoto tried as InputMediaAudio
        if path == "reply_markup":
            raise bad_request("can't parse reply keyboard markup JSON object")
        raise bad_request(f"can't parse {path} JSON object")

    def object(self, value: dict[str, Any], obj: ObjectSpec, path: str, uploads: Mapping[str, Upload]) -> Any:
        if obj.subtypes:
            obj = self._subtype(value, obj, path)
        if obj.fixed is not None and value.get(obj.fixed[0]) != obj.fixed[1]:
            raise _mismatch(path, obj.name)
        out: dict[str, Any] = {}
        for key, item in value.items():
            spec = obj.fields.get(key)
            if spec is None:
                if self.strict:
                    raise bad_request(f'can\'t parse {path}: unknown field "{key}" in {obj.name}')
                continue
            out[key] = self.value(item, spec.types, f"{path}.{key}", uploads)
        for req in obj.required:
            if req not in out:
                raise bad_request(f'can\'t parse {path}: field "{req}" of {obj.name} is required')
        hook = self.hooks.get(obj.name)
        if hook is not None:
            hook(out)
        return out

    def _subtype(self, value: dict[str, Any], obj: ObjectSpec, path: str) -> ObjectSpec:
        if obj.discriminator is None:
            merged: dict[str, FieldSpec] = {}
            for sub in obj.subtypes:
                merged.update(
                    {k: FieldSpec(k, f.types, False) for k, f in self.spec.types[sub].fields.items()}
                )
            return ObjectSpec(obj.name, merged)
        key, table = obj.discriminator
        subtype = table.get(str(value.get(key, "")))
        if subtype is None:
            raise bad_request(f'can\'t parse {path}: unsupported {obj.name} {key} "{value.get(key)}"')
        return self.spec.types[subtype]


class _Mismatch(ApiError):
    """A value of the wrong type; a union of types tries the next alternative."""


def _mismatch(path: str, expected: str) -> ApiError:
    return _Mismatch(400, f'Bad Request: wrong type of parameter "{path}": expected {expected}')


def _json(value: str, path: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        raise bad_request(f"can't parse {path} JSON object") from None


def _scalar(value: Any, t: str, path: str, uploads: Mapping[str, Upload]) -> Any:
    if t == "InputFile":
        if isinstance(value, Upload):
            return value
        if isinstance(value, str) and value.startswith("attach://"):
            upload = uploads.get(value[len("attach://") :])
            if upload is not None:
                return upload
            raise bad_request(f"wrong file identifier/HTTP URL specified in {path}")
        raise _mismatch(path, t)
    if isinstance(value, Upload):
        raise _mismatch(path, t)
    if t == "String":
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    elif t == "Integer":
        if isinstance(value, bool):
            raise _mismatch(path, t)
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INT_RE.match(value.strip()):
            return int(value)
    elif t == "Float":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                pass
    elif t == "Boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.lower() in _TRUE | _FALSE:
            return value.lower() in _TRUE
    raise _mismatch(path, t)
