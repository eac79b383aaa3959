#!/usr/bin/env python3
"""A fake Bitrix24 portal for the Paylink Desk tests.

A real HTTPS server on 127.0.0.1 that answers the way
/work/shared/notes/bitrix24-rest.md documents Bitrix24's REST API:
salescenter.payment.getPublicUrl, crm.item.payment.{list,get,pay,unpay},
batch, the system errors, the leaky bucket, the per-method operating limit
and the OAuth refresh with rotation.  Standard library only; the
certificates are made with the `openssl` command-line tool.

See README.md next to this file for the control API and the faults.
"""

import argparse
import base64
import datetime
import functools
import hashlib
import json
import os
import re
import signal
import socket
import ssl
import struct
import subprocess
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

# ---------------------------------------------------------------------------
# Logging (stderr only: stdout carries exactly the READY line)

VERBOSE = False


def log(message):
    sys.stderr.write("fake_portal: %s\n" % message)
    sys.stderr.flush()


# ---------------------------------------------------------------------------
# Certificates

OPENSSL_CONFIG = """\
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[server_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
"""

EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]


def openssl(*args):
    done = subprocess.run(["openssl", *args], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode != 0:
        raise RuntimeError("openssl %s failed: %s"
                           % (args[0], done.stderr.decode(errors="replace").strip()))


def make_certificates(directory):
    """Writes ca.pem/ca.key, server.pem/server.key and other-ca.pem/other-ca.key."""
    os.makedirs(directory, exist_ok=True)
    path = functools.partial(os.path.join, directory)
    config = path("openssl-fake-portal.cnf")
    with open(config, "w") as f:
        f.write(OPENSSL_CONFIG)
    try:
        for name, cn in (("ca", "Paylink Desk Test CA"), ("other-ca", "Unrelated Test CA")):
            openssl("req", "-x509", "-config", config, "-extensions", "ca_ext", *EC_KEY,
                    "-keyout", path(name + ".key"), "-out", path(name + ".pem"),
                    "-days", "3650", "-sha256", "-subj", "/CN=" + cn)
        openssl("req", "-new", "-config", config, *EC_KEY, "-keyout", path("server.key"),
                "-out", path("server.csr"), "-subj", "/CN=127.0.0.1")
        openssl("x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"),
                "-CAkey", path("ca.key"), "-set_serial", "0x" + os.urandom(8).hex(),
                "-days", "825", "-sha256", "-extfile", config, "-extensions", "server_ext",
                "-out", path("server.pem"))
    finally:
        for leftover in (config, path("server.csr")):
            if os.path.exists(leftover):
                os.remove(leftover)


# ---------------------------------------------------------------------------
# QR code (byte mode, error correction level M, versions 1-6) and PNG
#
# Every getPublicUrl result carries one, and a batch up to 50, so this must be
# quick in pure Python: what depends only on the version (the function
# patterns, the order of the data modules, the eight masks with their format
# bits) is worked out once per version; a symbol is then one byte per module
# (0 light, 1 dark), each mask is a whole-grid XOR of big integers, and the
# penalty is scored with string and integer operations.

# version -> (EC codewords per block, data codewords of each block)
QR_BLOCKS_M = {1: (10, [16]), 2: (16, [28]), 3: (26, [44]),
               4: (18, [32, 32]), 5: (24, [43, 43]), 6: (16, [27, 27, 27, 27])}

GF_EXP = [0] * 512
GF_LOG = [0] * 256
_x = 1
for _i in range(255):
    GF_EXP[_i] = _x
    GF_LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    GF_EXP[_i] = GF_EXP[_i - 255]


def gf_mul(a, b):
    return 0 if a == 0 or b == 0 else GF_EXP[GF_LOG[a] + GF_LOG[b]]


@functools.lru_cache(maxsize=None)
def rs_generator_logs(count):
    """The logs of the generator polynomial of `count` EC codewords, leading 1 left out."""
    generator = [1]
    for i in range(count):
        product = generator + [0]
        for j, c in enumerate(generator):
            product[j + 1] ^= gf_mul(c, GF_EXP[i])
        generator = product
    if 0 in generator:
        raise ValueError("a generator coefficient is 0")  # not so for any count used here
    return tuple(GF_LOG[c] for c in generator[1:])


def reed_solomon(data, count):
    logs = rs_generator_logs(count)
    remainder = list(data) + [0] * count
    for i in range(len(data)):
        factor = remainder[i]
        if factor:
            shift = GF_LOG[factor]
            for j, log_c in enumerate(logs, i + 1):
                remainder[j] ^= GF_EXP[log_c + shift]
    return remainder[len(data):]


def qr_codewords(payload, version):
    ec_count, blocks = QR_BLOCKS_M[version]
    capacity = sum(blocks)
    bits = "0100" + format(len(payload), "08b") + "".join(format(b, "08b") for b in payload)
    bits += "0" * min(4, capacity * 8 - len(bits))
    bits += "0" * (-len(bits) % 8)
    data = [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(data) < capacity:
        data.append(pad)
        pad ^= 0xEC ^ 0x11
    split, start = [], 0
    for size in blocks:
        split.append(data[start:start + size])
        start += size
    corrections = [reed_solomon(block, ec_count) for block in split]
    out = [block[i] for i in range(max(blocks)) for block in split if i < len(block)]
    out += [ec[i] for i in range(ec_count) for ec in corrections]
    return out


def qr_mask(mask, y, x):
    return [(y + x) % 2 == 0, y % 2 == 0, x % 3 == 0, (y + x) % 3 == 0,
            (y // 2 + x // 3) % 2 == 0, (y * x) % 2 + (y * x) % 3 == 0,
            ((y * x) % 2 + (y * x) % 3) % 2 == 0,
            ((y + x) % 2 + (y * x) % 3) % 2 == 0][mask]


def qr_format_bits(mask):
    data = mask  # the level bits of M are 00
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return ((data << 10) | rem) ^ 0x5412


@functools.lru_cache(maxsize=None)
def qr_layout(version):
    """(size, data module indices in placement order, per mask: the fixed grid as an int).

    Indices are y * size + x. A mask's fixed grid holds the function patterns,
    the format bits for that mask, the dark module and the mask itself over the
    data area; XORed with the data modules it gives the masked symbol.
    """
    size = 17 + 4 * version
    modules = bytearray(size * size)
    reserved = bytearray(size * size)

    def fixed(x, y, dark):
        modules[y * size + x] = 1 if dark else 0
        reserved[y * size + x] = 1

    for i in range(size):
        fixed(6, i, i % 2 == 0)
        fixed(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                if 0 <= cx + dx < size and 0 <= cy + dy < size:
                    fixed(cx + dx, cy + dy, max(abs(dx), abs(dy)) not in (2, 4))
    if version >= 2:
        at = size - 7
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                fixed(at + dx, at + dy, max(abs(dx), abs(dy)) != 1)
    spots = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] \
        + [(14 - i, 8) for i in range(9, 15)]
    spots += [(size - 1 - i, 8) for i in range(8)] + [(8, size - 15 + i) for i in range(8, 15)]
    for x, y in spots:
        fixed(x, y, False)
    fixed(8, size - 8, True)  # the dark module

    order = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = ((right + 1) & 2) == 0
        for vertical in range(size):
            y = size - 1 - vertical if upward else vertical
            for x in (right, right - 1):
                if not reserved[y * size + x]:
                    order.append(y * size + x)
        right -= 2

    masks = []
    for mask in range(8):
        grid = bytearray(modules)
        for y in range(size):
            for x in range(size):
                if not reserved[y * size + x] and qr_mask(mask, y, x):
                    grid[y * size + x] = 1
        bits = qr_format_bits(mask)
        for n, (x, y) in enumerate(spots):
            grid[y * size + x] = (bits >> (n % 15)) & 1
        masks.append(int.from_bytes(grid, "big"))
    return size, tuple(order), tuple(masks)


MODULE_TEXT = bytes.maketrans(b"\x00\x01", b"01")
LONG_RUN = re.compile(r"0{5,}|1{5,}")


def qr_penalty(grid, size):
    """The four penalty rules of ISO/IEC 18004 on a grid of one byte per module."""
    text = grid.translate(MODULE_TEXT).decode("ascii")
    rows = [text[i:i + size] for i in range(0, size * size, size)]
    lines = rows + [text[x::size] for x in range(size)]
    # "2" between lines: no run and no pattern reaches from one line into the next.
    runs = LONG_RUN.findall("2".join(lines))
    score = sum(map(len, runs)) - 2 * len(runs)
    padded = "0000" + "000020000".join(lines) + "0000"
    # Neither pattern can overlap itself, so count() finds every occurrence.
    score += 40 * (padded.count("10111010000") + padded.count("00001011101"))
    pairs = (1 << (size - 1)) - 1
    values = [int(row, 2) for row in rows]
    for a, b in zip(values, values[1:]):
        same = ~(a ^ b)  # this module equals the one below it
        blocks = same & (same >> 1) & ~(a ^ (a >> 1)) & pairs
        score += 3 * bin(blocks).count("1")
    dark = text.count("1")
    score += 10 * int(abs(dark * 100 / (size * size) - 50) // 5)
    return score


def qr_grid(text):
    """(size, one byte per module, row by row) of the QR code of text, best mask."""
    payload = text.encode("utf-8")
    version = next((v for v in sorted(QR_BLOCKS_M)
                    if sum(QR_BLOCKS_M[v][1]) * 8 >= 12 + 8 * len(payload)), None)
    if version is None:
        raise ValueError("text too long for this QR encoder")
    size, order, masks = qr_layout(version)
    data = bytearray(size * size)
    bits = "".join(format(c, "08b") for c in qr_codewords(payload, version))
    for index, bit in zip(order, bits):  # remainder bits stay light
        if bit == "1":
            data[index] = 1
    data = int.from_bytes(data, "big")
    best = None
    for fixed in masks:
        candidate = (fixed ^ data).to_bytes(size * size, "big")
        score = qr_penalty(candidate, size)
        if best is None or score < best[0]:
            best = (score, candidate)
    return size, best[1]


def qr_matrix(text):
    """The QR code of text as rows of booleans (True is dark)."""
    size, grid = qr_grid(text)
    return [[m == 1 for m in grid[y * size:(y + 1) * size]] for y in range(size)]


def png_chunk(tag, data):
    return (struct.pack(">I", len(data)) + tag + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_parts(matrix, scale=5, border=4):
    """(IHDR chunk, IDAT data) of an 8-bit greyscale image of the matrix (rows of truthy dark)."""
    count = len(matrix) + 2 * border
    width = count * scale
    light_line = b"\x00" + b"\xff" * width  # each line starts with filter type 0
    edge = b"\xff" * (border * scale)
    pixel = {False: b"\xff" * scale, True: b"\x00" * scale}
    raw = [light_line * (border * scale)]
    for row in matrix:
        line = b"\x00" + edge + b"".join(pixel[bool(dark)] for dark in row) + edge
        raw.append(line * scale)
    raw.append(light_line * (border * scale))
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, width, 8, 0, 0, 0, 0))
    return header, zlib.compress(b"".join(raw))


def qr_rows(text):
    size, grid = qr_grid(text)
    return [grid[y * size:(y + 1) * size] for y in range(size)]


@functools.lru_cache(maxsize=1024)
def qr_png(text):
    header, idat = png_parts(qr_rows(text))
    return PNG_SIGNATURE + header + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


@functools.lru_cache(maxsize=512)
def truncated_qr_png(text):
    """Like the docs' sample: the IDAT chunk declares more bytes than remain before IEND."""
    header, idat = png_parts(qr_rows(text))
    cut = min(54, len(idat) // 2)
    return (PNG_SIGNATURE + header + struct.pack(">I", len(idat)) + b"IDAT"
            + idat[:len(idat) - cut] + png_chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# JSON the way the portal's PHP encoder writes it


def php_json(value):
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("/", "\\/").replace("&", "\\u0026").encode("ascii")


def php_array(mapping):
    """PHP array encoding: an empty map is [], keys exactly 0..n-1 in order give a list."""
    keys = [str(k) for k in mapping]
    if keys == [str(i) for i in range(len(keys))]:
        return list(mapping.values())
    return dict(mapping)


def php_query(query):
    """Parses a PHP-style query (a[b][]=1&c=2) into nested dicts and lists of strings."""
    root = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        match = re.match(r"^([^\[]+)((?:\[[^\]]*\])*)$", name)
        if not match:
            continue
        keys = [match.group(1)] + re.findall(r"\[([^\]]*)\]", match.group(2))
        node = root
        for depth, key in enumerate(keys):
            if key == "":
                numeric = [int(k) for k in node if re.fullmatch(r"-?\d+", k)]
                key = str(max(numeric) + 1 if numeric else 0)
            if depth == len(keys) - 1:
                node[key] = value
            else:
                child = node.get(key)
                if not isinstance(child, dict):
                    child = node[key] = {}
                node = child

    def listify(node):
        if not isinstance(node, dict):
            return node
        node = {k: listify(v) for k, v in node.items()}
        return php_array(node) if node else node

    return {k: listify(v) for k, v in root.items()}


def now_iso(stamp):
    return datetime.datetime.fromtimestamp(stamp).astimezone().isoformat(timespec="seconds")


# ---------------------------------------------------------------------------
# Errors


class ApiError(Exception):
    def __init__(self, status, code, description):
        super().__init__(description)
        self.status = status
        self.code = code
        self.description = description

    def payload(self):
        return {"error": self.code, "error_description": self.description}


def no_auth():
    return ApiError(401, "NO_AUTH_FOUND", "Wrong authorization data")


def expired_token():
    return ApiError(401, "expired_token", "The access token provided has expired.")


def insufficient_scope():
    return ApiError(403, "insufficient_scope",
                    "The request requires higher privileges than provided by the webhook token")


def method_not_found():
    return ApiError(404, "ERROR_METHOD_NOT_FOUND", "Method not found!")


def operation_time_limit():
    return ApiError(429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.")


QUERY_LIMIT = ApiError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests")
BATCH_NOT_ALLOWED = ApiError(405, "ERROR_BATCH_METHOD_NOT_ALLOWED",
                             "Method is not allowed for batch usage")
BATCH_TOO_LONG = ApiError(400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded")
BAD_JSON = ApiError(400, "INVALID_REQUEST", "The request body must be a JSON object")

# ---------------------------------------------------------------------------
# Faults

REPLACING_FAULTS = {"html_502", "html_200", "silence", "moved", "overload", "internal",
                    "truncated_json", "huge", "error_string_number", "slow_loris"}
# "link" puts the fault's "url" and/or "short_url" into every payment answered.
PAYLOAD_FAULTS = {"broken_qr", "no_qr", "wrong_types", "link"}
FAULTS = REPLACING_FAULTS | PAYLOAD_FAULTS | {"slow"}

HTML_502 = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
            b"</body>\r\n</html>\r\n")
HTML_200 = (b"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Bitrix24</title>"
            b"</head><body><p>The service is temporarily unavailable.</p></body></html>\n")
HUGE_SIZE = 9 * 1024 * 1024

# ---------------------------------------------------------------------------
# The portal's state

FULL_SCOPES = frozenset({"crm", "salescenter", "user"})
NOSCOPE_SCOPES = frozenset({"user"})
BATCH_LIMIT = 50
WINDOW_MINUTES = 10
DEFAULT_PAYMENTS = "1000-1299"
ENTITY_WITH_PAYMENTS = 7
ENTITY_TYPES_WITH_PAYMENTS = (2, 31)
SEEDED_PAYMENTS = {
    1063: {"accountNumber": "3653/1", "paid": "Y", "datePaid": "2024-05-20T12:32:02+03:00",
           "empPaidId": 1, "paySystemId": 6, "sum": 900, "currency": "RUB",
           "paySystemName": "Cash"},
    1064: {"accountNumber": "3653/2", "paid": "N", "datePaid": None, "empPaidId": None,
           "paySystemId": 6, "sum": 28.5, "currency": "EUR", "paySystemName": "Cash"},
    1065: {"accountNumber": "3653/3", "paid": "N", "datePaid": None, "empPaidId": None,
           "paySystemId": 9, "sum": 1250.75, "currency": "RUB", "paySystemName": "Card"},
}


def initial_payment(pid):
    """A payment as it is before any pay/unpay: made when asked for, never all at once."""
    fields = SEEDED_PAYMENTS.get(pid) or {
        "accountNumber": "%d/1" % (pid + 2590), "paid": "N", "datePaid": None,
        "empPaidId": None, "paySystemId": 6, "sum": 100 + pid % 50, "currency": "RUB",
        "paySystemName": "Cash"}
    return dict({"id": pid}, **fields)


def payment_range(text):
    """--payments FIRST-LAST: the range of payment ids that exist."""
    match = re.fullmatch(r"\s*(\d+)\s*-\s*(\d+)\s*", text)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise argparse.ArgumentTypeError("%r is not FIRST-LAST with 1 <= FIRST <= LAST" % text)
    return range(int(match.group(1)), int(match.group(2)) + 1)


class Context:
    """Who is calling: the webhook user or the OAuth application's user, with its scopes."""

    def __init__(self, user_id, scopes):
        self.user_id = user_id
        self.scopes = scopes


class Portal:
    def __init__(self, options):
        self.options = options
        self.port = 0
        self.lock = threading.RLock()
        self.stopping = threading.Event()
        self.access_token = options.access_token
        self.refresh_token = options.refresh_token
        self.access_expired = False
        self.old_access_tokens = set()
        self.token_serial = 1
        self.refreshes = 0
        self.processing_us = round(options.processing * 1e6)
        self.payment_ids = options.payments
        self.limit_us = round(options.operating_limit * 1e6)
        self.reset()

    # -- state that /_control reset clears
    def reset(self):
        with self.lock:
            self.faults = []
            self.bucket_level = 0
            self.bucket_mark = time.monotonic()
            self.operating = {}  # method -> {minute: [microseconds, first call]}
            self.payments = {}  # id -> the payment, once pay or unpay changed it
            self.stats_requests = {}
            self.stats_refused = 0
            self.stats_executed = {}
            self.stats_total = 0
            self.stats_oauth = 0
            self.last_requests = []
            self.user_agents = []
            self.auth_in_query = []

    def base_url(self):
        return "https://127.0.0.1:%d" % self.port

    # -- statistics
    def record(self, line, user_agent, query_keys, path):
        with self.lock:
            self.stats_total += 1
            self.last_requests = (self.last_requests + [line])[-20:]
            agent = user_agent if user_agent is not None else ""
            if agent not in self.user_agents:
                self.user_agents.append(agent)
            if "auth" in query_keys:
                self.auth_in_query.append(path)

    def count_method(self, method):
        with self.lock:
            self.stats_requests[method] = self.stats_requests.get(method, 0) + 1

    def count_oauth(self):
        with self.lock:
            self.stats_oauth += 1

    def stats(self):
        with self.lock:
            now = time.time()
            return {
                "requests": dict(self.stats_requests),
                "total": self.stats_total,
                "oauth_requests": self.stats_oauth,
                "refreshes": self.refreshes,
                "tokens": {"access_token": self.access_token,
                           "refresh_token": self.refresh_token,
                           "access_expired": self.access_expired},
                "bucket": self._bucket_now(),
                "bucket_refused": self.stats_refused,
                "last_requests": list(self.last_requests),
                "user_agents": list(self.user_agents),
                "auth_in_query": list(self.auth_in_query),
                "executed": dict(self.stats_executed),
                "operating": {m: self._operating_us(m, now)[0] / 1e6 for m in self.operating},
                "faults": [dict(f) for f in self.faults],
            }

    # -- faults
    def add_fault(self, spec):
        name = spec.get("fault")
        if name not in FAULTS:
            raise ValueError("unknown fault %r" % (name,))
        count = spec.get("count")
        if count is not None and (not isinstance(count, int) or isinstance(count, bool)
                                  or count < 1):
            raise ValueError("count must be a positive integer")
        method = spec.get("method")
        if method is not None and not isinstance(method, str):
            raise ValueError("method must be a string")
        delay = spec.get("delay", 2.0)
        if not isinstance(delay, (int, float)) or isinstance(delay, bool) or delay < 0:
            raise ValueError("delay must be a number of seconds")
        links = {key: spec[key] for key in ("url", "short_url") if key in spec}
        if any(not isinstance(value, str) for value in links.values()):
            raise ValueError("url and short_url must be strings")
        with self.lock:
            self.faults.append(dict({"fault": name, "count": count, "delay": delay,
                                     "method": method.lower() if method else None}, **links))

    def take_fault(self, method, names):
        """The first pending fault among names for this method (lower case); uses it up.

        A fault without a method matches every REST request; the OAuth endpoint
        only gets the faults given with "method": "oauth".
        """
        with self.lock:
            for fault in self.faults:
                wanted = fault["method"] or (None if method == "oauth" else method)
                if fault["fault"] in names and wanted == method:
                    if fault["count"] is not None:
                        fault["count"] -= 1
                        if fault["count"] == 0:
                            self.faults.remove(fault)
                    return dict(fault)
        return None

    # -- leaky bucket: whole requests leak out, `drain` per second
    def _bucket_now(self):
        now = time.monotonic()
        if self.bucket_level == 0:
            self.bucket_mark = now
            return 0
        leaked = int((now - self.bucket_mark) * self.options.drain)
        if leaked > 0:
            self.bucket_level = max(0, self.bucket_level - leaked)
            self.bucket_mark = now if self.bucket_level == 0 else (
                self.bucket_mark + leaked / self.options.drain)
        return self.bucket_level

    def admit(self):
        with self.lock:
            if self._bucket_now() >= self.options.burst:
                self.stats_refused += 1
                return False
            self.bucket_level += 1
            return True

    # -- operating time per method, 10 one-minute baskets
    def _operating_us(self, method, now):
        baskets = self.operating.get(method, {})
        minute = int(now // 60)
        for old in [m for m in baskets if m <= minute - WINDOW_MINUTES]:
            del baskets[old]
        total = sum(b[0] for b in baskets.values())
        reset_at = int(baskets[min(baskets)][1] + WINDOW_MINUTES * 60) if baskets else None
        return total, reset_at

    def charge(self, method):
        """Checks the operating limit and charges one call; returns (operating, reset_at)."""
        with self.lock:
            now = time.time()
            total, _ = self._operating_us(method, now)
            if total > self.limit_us:
                raise operation_time_limit()
            basket = self.operating.setdefault(method, {}).setdefault(int(now // 60), [0, now])
            basket[0] += self.processing_us
            self.stats_executed[method] = self.stats_executed.get(method, 0) + 1
            total, reset_at = self._operating_us(method, now)
            return total / 1e6, reset_at

    def time_object(self, start, operating, reset_at):
        finish = time.time()
        return {"start": start, "finish": finish, "duration": finish - start,
                "processing": self.options.processing,
                "date_start": now_iso(start), "date_finish": now_iso(finish),
                "operating": operating, "operating_reset_at": reset_at}

    # -- authentication
    def authenticate_webhook(self, user, code):
        if user == str(self.options.webhook_user):
            if code == self.options.webhook_code:
                return Context(self.options.webhook_user, FULL_SCOPES)
            if code == self.options.noscope_code:
                return Context(self.options.webhook_user, NOSCOPE_SCOPES)
        raise no_auth()

    def authenticate_token(self, token):
        with self.lock:
            if isinstance(token, str) and token:
                if token == self.access_token:
                    if self.access_expired:
                        raise expired_token()
                    return Context(self.options.webhook_user, FULL_SCOPES)
                if token in self.old_access_tokens:
                    raise expired_token()
        raise no_auth()

    def expire_token(self):
        with self.lock:
            self.access_expired = True

    def refresh(self, params):
        """The OAuth server's refresh_token grant: the reply body, or raises ApiError."""
        with self.lock:
            if params.get("grant_type") != "refresh_token":
                raise ApiError(400, "invalid_request", "grant_type must be refresh_token")
            if (params.get("client_id") != self.options.client_id
                    or params.get("client_secret") != self.options.client_secret):
                raise ApiError(401, "invalid_client", "Invalid client credentials")
            if params.get("refresh_token") != self.refresh_token:
                raise ApiError(400, "invalid_grant", "Invalid refresh token")
            self.token_serial += 1
            self.old_access_tokens.add(self.access_token)
            self.access_token = "access-%d" % self.token_serial
            self.refresh_token = "refresh-%d" % self.token_serial
            self.access_expired = False
            self.refreshes += 1
            base = self.base_url()
            return {"access_token": self.access_token,
                    "client_endpoint": base + "/rest/",
                    "domain": "127.0.0.1:%d" % self.port,
                    "expires": int(time.time()) + 3600,
                    "expires_in": 3600,
                    "member_id": hashlib.md5(b"fake-portal-member").hexdigest(),
                    "refresh_token": self.refresh_token,
                    "scope": "crm,salescenter,user",
                    "server_endpoint": base + "/rest/",
                    "status": "L",
                    "user_id": self.options.webhook_user}

    # -- method calls
    def execute(self, method, params, context, in_batch):
        """Runs one method; returns (result, time object) or raises ApiError."""
        name = method.lower()
        if name.endswith(".json"):
            name = name[:-5]
        if name == "batch":
            if in_batch:
                raise BATCH_NOT_ALLOWED
            start = time.time()
            result = self.batch(params, context)
            return result, self.time_object(start, 0, int(start) + WINDOW_MINUTES * 60)
        spec = METHODS.get(name)
        if spec is None:
            raise method_not_found()
        scope, function = spec
        if scope not in context.scopes:
            raise insufficient_scope()
        start = time.time()
        operating, reset_at = self.charge(name)
        result = function(self, params, context)
        return result, self.time_object(start, operating, reset_at)

    def batch(self, params, context):
        halt = params.get("halt", False) in (True, 1, "1", "true", "Y", "y")
        commands = params.get("cmd")
        if isinstance(commands, list):
            commands = {str(i): c for i, c in enumerate(commands)}
        elif not isinstance(commands, dict):
            commands = {}
        results, errors, times = {}, {}, {}
        for index, (key, command) in enumerate(commands.items()):
            try:
                if index >= BATCH_LIMIT:
                    raise BATCH_TOO_LONG
                if not isinstance(command, str):
                    raise method_not_found()
                method, _, query = substitute_results(command, results).partition("?")
                results[key], times[key] = self.execute(method, php_query(query), context, True)
            except ApiError as error:
                errors[key] = error.payload()
                if halt:
                    break
        return {"result": php_array(results), "result_error": php_array(errors),
                "result_total": [], "result_next": [], "result_time": php_array(times)}

    # -- payments
    def payment_copy(self, pid):
        """A copy of the payment, or None when no payment has this id."""
        if pid not in self.payment_ids:
            return None
        with self.lock:
            payment = self.payments.get(pid)
            return dict(payment) if payment else initial_payment(pid)

    def set_paid(self, pid, paid, user_id):
        with self.lock:
            payment = self.payments.get(pid) or initial_payment(pid)
            if paid and payment["paid"] != "Y":
                payment.update(paid="Y", datePaid=now_iso(time.time()), empPaidId=user_id)
            elif not paid:
                payment.update(paid="N", datePaid=None, empPaidId=None)
            self.payments[pid] = payment


def substitute_results(command, results):
    """Replaces $result[key][field]... with that value of an earlier command, if it exists."""
    def replace(match):
        value = results
        for key in re.findall(r"\[([^\]]*)\]", match.group(1)):
            if isinstance(value, dict) and key in value:
                value = value[key]
            elif isinstance(value, list) and re.fullmatch(r"\d+", key) and int(key) < len(value):
                value = value[int(key)]
            else:
                return match.group(0)
        if isinstance(value, (dict, list)) or value is None:
            return match.group(0)
        return "1" if value is True else "" if value is False else str(value)
    return re.sub(r"\$result((?:\[[^\]]*\])+)", replace, command)


def int_value(value):
    """The int in value (a JSON integer or a string of digits), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
        return int(value)
    return None


def engine_int_param(params, name):
    """An int parameter the way Bitrix's engine controllers bind it (error 100 texts)."""
    value = params.get(name)
    if value is None:
        raise ApiError(400, 100, "Could not find value for parameter {%s}" % name)
    number = int_value(value)
    if number is None:
        raise ApiError(400, 100, "Invalid value {stringValue} to match with parameter {%s}."
                                 " Should be value of type int." % name)
    return number


def short_code(pid):
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    number = int.from_bytes(hashlib.sha1(b"short-%d" % pid).digest()[:8], "big")
    chars = []
    for _ in range(5):
        number, digit = divmod(number, 62)
        chars.append(alphabet[digit])
    return "".join(chars)


def public_url_result(portal, pid):
    base = portal.base_url()
    access = hashlib.md5(b"payment-access-%d" % pid).hexdigest()
    short_url = "%s/~%s" % (base, short_code(pid))
    return {"payment": {
        "url": "%s/pub/site/10/order/?orderId=%d&access=%s&paymentId=%d"
               % (base, 3000 + pid, access, pid),
        "shortUrl": short_url,
        "qr": base64.b64encode(qr_png(short_url)).decode("ascii")}}


def get_public_url(portal, params, context):
    pid = engine_int_param(params, "id")
    if pid not in portal.payment_ids:
        raise ApiError(400, 200640400001, "payment is not exists")
    return public_url_result(portal, pid)


def payment_list(portal, params, context):
    entity_id = int_value(params.get("entityId"))
    entity_type = int_value(params.get("entityTypeId"))
    if entity_id is None or entity_type is None:
        raise ApiError(400, 100, "Required fields are not provided")
    if entity_id != ENTITY_WITH_PAYMENTS or entity_type not in ENTITY_TYPES_WITH_PAYMENTS:
        return []
    rows = [row for row in (portal.payment_copy(pid) for pid in sorted(SEEDED_PAYMENTS)) if row]
    wanted = None
    filters = params.get("filter")
    if isinstance(filters, dict):
        for key, value in filters.items():
            if key.lower() in ("@id", "=id", "id"):
                if isinstance(value, dict):
                    value = list(value.values())
                wanted = {int_value(v) for v in (value if isinstance(value, list) else [value])}
    if wanted is not None:
        rows = [row for row in rows if row["id"] in wanted]
    order = params.get("order")
    if isinstance(order, dict):
        direction = {k.lower(): str(v).lower() for k, v in order.items()}.get("id")
        if direction == "desc":
            rows.reverse()
    return rows


def payment_id(portal, params):
    if params.get("id") is None:
        raise ApiError(400, 100, "Parameter id not specified")
    pid = int_value(params.get("id"))
    if pid is None or pid not in portal.payment_ids:
        raise ApiError(400, 0, "Payment not found or access denied")
    return pid


def payment_get(portal, params, context):
    return portal.payment_copy(payment_id(portal, params))


def payment_set_paid(paid):
    def function(portal, params, context):
        portal.set_paid(payment_id(portal, params), paid, context.user_id)
        return True
    return function


METHODS = {
    "salescenter.payment.getpublicurl": ("salescenter", get_public_url),
    "crm.item.payment.list": ("crm", payment_list),
    "crm.item.payment.get": ("crm", payment_get),
    "crm.item.payment.pay": ("crm", payment_set_paid(True)),
    "crm.item.payment.unpay": ("crm", payment_set_paid(False)),
}


def payment_objects(method, result):
    """The `payment` objects of getPublicUrl successes in a reply (direct or in a batch)."""
    name = method.lower()
    if name.endswith(".json"):
        name = name[:-5]
    if name == "salescenter.payment.getpublicurl":
        return [result["payment"]]
    if name == "batch":
        inner = result["result"]
        values = inner.values() if isinstance(inner, dict) else inner
        return [v["payment"] for v in values
                if isinstance(v, dict) and isinstance(v.get("payment"), dict)
                and "shortUrl" in v["payment"]]
    return []


# ---------------------------------------------------------------------------
# HTTP


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeBitrix24/1.0"
    sys_version = ""
    timeout = 60

    @property
    def portal(self):
        return self.server.portal

    def log_message(self, format, *args):
        if VERBOSE:
            log(format % args)

    def log_request(self, code="-", size="-"):
        if VERBOSE:
            log("%s %s -> %s" % (self.command, getattr(self, "log_name", "?"), code))

    def send(self, status, body, content_type="application/json; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, status, value):
        self.send(status, php_json(value))

    def send_error_body(self, error):
        self.send_json(error.status, error.payload())

    def read_body(self):
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            body = bytearray()
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():
                        pass
                    return bytes(body)
                body += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > 64 * 1024 * 1024:
            raise ValueError("bad Content-Length")
        return self.rfile.read(length)

    def do_GET(self):
        self.dispatch()

    do_POST = do_GET

    def dispatch(self):
        try:
            body = self.read_body()
        except ValueError:
            self.close_connection = True
            self.send_json(400, {"error": "INVALID_REQUEST",
                                 "error_description": "Unreadable request body"})
            return
        split = urlsplit(self.path)
        path = split.path
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        self.log_name = path if not path.startswith("/rest/") else path.rsplit("/", 1)[-1]
        if path == "/_control":
            self.control(body)
            return
        if path == "/_stats":
            self.send_json(200, self.portal.stats())
            return
        self.portal.record("%s %s" % (self.command, self.path), self.headers.get("User-Agent"),
                           query.keys(), self.path)
        if path.rstrip("/") == "/oauth/token":
            self.oauth(query, body)
        elif path.startswith("/rest/"):
            self.rest(path[len("/rest/"):], query, body)
        else:
            self.send_json(404, {"error": "NOT_FOUND", "error_description": "Not found"})

    # -- /_control
    def control(self, body):
        try:
            spec = json.loads(body or b"{}")
            if not isinstance(spec, dict):
                raise ValueError("the control body must be a JSON object")
            if spec.get("reset"):
                self.portal.reset()
            if spec.get("expire_token"):
                self.portal.expire_token()
            if "fault" in spec:
                self.portal.add_fault(spec)
        except ValueError as error:
            self.send_json(400, {"error": "BAD_CONTROL", "error_description": str(error)})
            return
        self.send_json(200, {"ok": True})

    # -- /oauth/token/
    def oauth(self, query, body):
        params = dict(query)
        if body and "x-www-form-urlencoded" in self.headers.get("Content-Type", ""):
            params.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        self.portal.count_oauth()
        if self.apply_replacing_fault("oauth"):
            return
        try:
            self.send_json(200, self.portal.refresh(params))
        except ApiError as error:
            self.send_error_body(error)

    # -- /rest/...
    def rest(self, rest_path, query, body):
        parts = [unquote(p) for p in rest_path.split("/")]
        if len(parts) == 3:
            user, code, method = parts
        elif len(parts) == 1:
            user = code = None
            method = parts[0]
        else:
            self.send_error_body(method_not_found())
            return
        if method.lower().endswith(".json"):
            method = method[:-5]
        name = method.lower()
        self.log_name = method
        self.portal.count_method(method)
        if self.apply_replacing_fault(name):
            return
        if not self.portal.admit():
            self.send_error_body(QUERY_LIMIT)
            return
        try:
            params = json.loads(body) if body else None
        except ValueError:
            params = None
        if not isinstance(params, dict):
            self.send_error_body(BAD_JSON)
            return
        try:
            if code is not None:
                context = self.portal.authenticate_webhook(user, code)
            else:
                token = params.pop("auth", None) or query.get("auth")
                context = self.portal.authenticate_token(token)
            params.pop("auth", None)
            result, time_object = self.portal.execute(method, params, context, False)
        except ApiError as error:
            self.send_error_body(error)
            return
        payments = payment_objects(method, result)
        fault = self.portal.take_fault(name, PAYLOAD_FAULTS) if payments else None
        for payment in payments:
            if fault and fault["fault"] == "broken_qr":
                payment["qr"] = base64.b64encode(
                    truncated_qr_png(payment["shortUrl"])).decode("ascii")
            elif fault and fault["fault"] == "no_qr":
                payment.pop("qr", None)
            elif fault and fault["fault"] == "wrong_types":
                payment["url"] = 1063
            elif fault and fault["fault"] == "link":
                if "url" in fault:
                    payment["url"] = fault["url"]
                if "short_url" in fault:
                    payment["shortUrl"] = fault["short_url"]
        self.send_json(200, {"result": result, "time": time_object})

    def apply_replacing_fault(self, name):
        """Sleeps for `slow`, answers for the replacing faults; True when answered."""
        fault = self.portal.take_fault(name, REPLACING_FAULTS | {"slow"})
        if fault is None:
            return False
        kind = fault["fault"]
        if VERBOSE:
            log("fault %s on %s" % (kind, name))
        if kind == "slow":
            self.portal.stopping.wait(fault["delay"])
            return False
        if kind == "html_502":
            self.send(502, HTML_502, "text/html; charset=utf-8")
        elif kind == "html_200":
            self.send(200, HTML_200, "text/html; charset=utf-8")
        elif kind == "moved":
            self.send(302, b"", "text/html; charset=utf-8",
                      [("Location", "https://moved.example" + self.path)])
        elif kind == "overload":
            self.send_error_body(ApiError(503, "OVERLOAD_LIMIT",
                                          "REST API is blocked due to overload"))
        elif kind == "internal":
            self.send_error_body(ApiError(500, "INTERNAL_SERVER_ERROR", "Internal server error"))
        elif kind == "error_string_number":
            self.send_error_body(ApiError(400, "200640400001", "payment is not exists"))
        elif kind == "truncated_json":
            whole = self.sample_body()
            self.send(200, whole[:len(whole) // 2])
        elif kind == "huge":
            self.send(200, self.huge_body())
        elif kind == "silence":
            self.stay_silent()
        elif kind == "slow_loris":
            self.drip(self.sample_body(), fault["delay"])
        return True

    def drip(self, body, interval):
        """Sends the headers at once, then the body one byte every `interval` seconds."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.flush()
        for i in range(len(body)):
            if self.portal.stopping.wait(interval):
                return
            try:
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
            except (OSError, ssl.SSLError):
                return

    def sample_body(self):
        start = time.time()
        return php_json({"result": public_url_result(self.portal, 1063),
                         "time": self.portal.time_object(start, 0.01, int(start) + 600)})

    def huge_body(self):
        head = self.sample_body()[:-1] + b',"padding":"'
        tail = b'"}'
        return head + b"x" * (HUGE_SIZE - len(head) - len(tail)) + tail

    def stay_silent(self):
        """Never answers; keeps the connection open until the client closes it."""
        self.close_connection = True
        connection = self.connection
        connection.settimeout(0.5)
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and not self.portal.stopping.is_set():
            try:
                if not connection.recv(4096):
                    return
            except (socket.timeout, TimeoutError):
                continue
            except (OSError, ssl.SSLError):
                return


class PortalServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, portal, context):
        self.portal = portal
        self.ssl_context = context
        super().__init__(address, Handler)

    def finish_request(self, request, client_address):
        # The TLS handshake runs in the request's thread, so a slow or silent
        # client never blocks accept().
        request.settimeout(10)
        # Headers and body are separate writes: without this, Nagle's algorithm and
        # the client's delayed ACK add ~40 ms to every reply on a kept-alive connection.
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            connection = self.ssl_context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as error:
            log("TLS handshake failed: %s" % (getattr(error, "reason", None) or error))
            return
        try:
            connection.settimeout(None)
            self.RequestHandlerClass(connection, client_address, self)
        finally:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            connection.close()

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if not isinstance(error, (ConnectionError, ssl.SSLError, TimeoutError)):
            log("request failed: %r" % (error,))


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Fake Bitrix24 portal (HTTPS) for tests")
    parser.add_argument("--dir", required=True, help="directory for the CA and certificates")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--webhook-user", type=int, default=1)
    parser.add_argument("--webhook-code", default="testcode123")
    parser.add_argument("--noscope-code", default="noscope456")
    parser.add_argument("--access-token", default="access-1")
    parser.add_argument("--refresh-token", default="refresh-1")
    parser.add_argument("--client-id", default="app.test")
    parser.add_argument("--client-secret", default="secret-1")
    parser.add_argument("--drain", type=float, default=2.0, help="bucket drain, requests/s")
    parser.add_argument("--burst", type=int, default=50, help="bucket size")
    parser.add_argument("--operating-limit", type=float, default=480.0,
                        help="seconds of operating time per method per 10 minutes")
    parser.add_argument("--processing", type=float, default=0.01,
                        help="seconds of operating time each call adds")
    parser.add_argument("--payments", type=payment_range, default=DEFAULT_PAYMENTS,
                        metavar="FIRST-LAST", help="ids of the payments that exist")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    options = parser.parse_args(argv)
    if options.drain <= 0 or options.burst < 1:
        parser.error("--drain must be > 0 and --burst >= 1")
    return options


def main(argv=None):
    global VERBOSE
    options = parse_arguments(argv)
    VERBOSE = options.verbose
    directory = os.path.abspath(options.dir)
    try:
        make_certificates(directory)
    except FileNotFoundError:
        log("the openssl command is missing (Debian package: openssl)")
        return 2
    except RuntimeError as error:
        log(str(error))
        return 2
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_alpn_protocols(["http/1.1"])
    context.load_cert_chain(os.path.join(directory, "server.pem"),
                            os.path.join(directory, "server.key"))

    portal = Portal(options)
    server = PortalServer(("127.0.0.1", options.port), portal, context)
    portal.port = server.server_address[1]

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    sys.stdout.write("READY port=%d ca=%s\n" % (portal.port, os.path.join(directory, "ca.pem")))
    sys.stdout.flush()
    log("listening on 127.0.0.1:%d" % portal.port)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        portal.stopping.set()
        server.server_close()
    log("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
