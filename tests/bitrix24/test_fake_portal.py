"""Self-test of fake_portal.py: starts it as a subprocess and talks to it over real TLS.

Run from the repository root:  python3 -m unittest tests/bitrix24/test_fake_portal.py -v
"""

import base64
import http.client
import json
import os
import re
import select
import shutil
import signal
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import math
import time
import unittest
import urllib.error
import urllib.parse
import urllib.request
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "fake_portal.py")
AGENT = "paylink-selftest/1.0"
HOOK = "/rest/1/testcode123/"
NOSCOPE = "/rest/1/noscope456/"
GET_URL = "salescenter.payment.getPublicUrl"

TIME_KEYS = {"start", "finish", "duration", "processing", "date_start", "date_finish",
             "operating", "operating_reset_at"}


class PortalProcess:
    """One fake_portal.py subprocess with its own directory."""

    def __init__(self, *args):
        self.directory = tempfile.mkdtemp(prefix="fake-portal-")
        self.stderr = open(os.path.join(self.directory, "stderr.log"), "w+")
        self.process = subprocess.Popen(
            [sys.executable, SERVER, "--dir", self.directory, "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=self.stderr)
        ready, _, _ = select.select([self.process.stdout], [], [], 30)
        line = self.process.stdout.readline().decode() if ready else ""
        match = re.fullmatch(r"READY port=(\d+) ca=(.+)\n", line)
        if not match:
            self.stop()
            raise RuntimeError("no READY line: %r, stderr: %s" % (line, self.read_stderr()))
        self.ready_line = line
        self.port = int(match.group(1))
        self.ca = match.group(2)
        self.context = ssl.create_default_context(cafile=self.ca)
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=self.context), NoRedirect())

    def read_stderr(self):
        self.stderr.seek(0)
        return self.stderr.read()

    def stop(self, sig=signal.SIGTERM):
        """Stops the server; returns (exit code, anything else it printed on stdout)."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            code = self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        rest = self.process.stdout.read()
        self.process.stdout.close()
        self.stderr.close()
        shutil.rmtree(self.directory, ignore_errors=True)
        return code, rest

    def url(self, path, host="127.0.0.1"):
        return "https://%s:%d%s" % (host, self.port, path)

    def request(self, path, body=None, method="POST", raw=None, headers=None, timeout=10,
                opener=None, host="127.0.0.1"):
        """(status, headers, raw body); HTTP errors are returned, not raised."""
        data = raw if raw is not None else (
            json.dumps(body).encode() if body is not None else None)
        all_headers = {"Content-Type": "application/json", "Accept": "application/json",
                       "User-Agent": AGENT}
        all_headers.update(headers or {})
        req = urllib.request.Request(self.url(path, host), data=data, method=method,
                                     headers=all_headers)
        try:
            with (opener or self.opener).open(req, timeout=timeout) as reply:
                return reply.status, reply.headers, reply.read()
        except urllib.error.HTTPError as error:
            with error:
                return error.code, error.headers, error.read()

    def call(self, method, body=None, prefix=HOOK, **kwargs):
        status, _, raw = self.request(prefix + method, {} if body is None else body, **kwargs)
        return status, raw

    def json(self, method, body=None, prefix=HOOK):
        status, raw = self.call(method, body, prefix)
        return status, json.loads(raw)

    def control(self, **spec):
        status, _, raw = self.request("/_control", spec)
        assert status == 200, raw
        return json.loads(raw)

    def stats(self):
        status, _, raw = self.request("/_stats", method="GET")
        assert status == 200, raw
        return json.loads(raw)

    def refresh(self, refresh_token, secret="secret-1", client_id="app.test"):
        query = urllib.parse.urlencode({"grant_type": "refresh_token", "client_id": client_id,
                                        "client_secret": secret,
                                        "refresh_token": refresh_token})
        status, _, raw = self.request("/oauth/token/?" + query, method="GET")
        return status, raw


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def error_body(code, description):
    return json.dumps({"error": code, "error_description": description},
                      separators=(",", ":")).encode()


def png_chunks(data):
    """[(tag, data, crc ok)] of a PNG; raises ValueError when a chunk runs past the end."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("no PNG signature")
    chunks, pos = [], 8
    while pos < len(data):
        length, tag = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = data[pos + 8 + length:pos + 12 + length]
        if len(body) != length or len(crc) != 4:
            raise ValueError("chunk %r runs past the end" % tag)
        ok = struct.unpack(">I", crc)[0] == zlib.crc32(tag + body) & 0xFFFFFFFF
        chunks.append((tag, body, ok))
        pos += 12 + length
    return chunks


def check_png(testcase, data):
    chunks = png_chunks(data)
    testcase.assertEqual([c[0] for c in chunks], [b"IHDR", b"IDAT", b"IEND"])
    testcase.assertTrue(all(c[2] for c in chunks), "CRC mismatch")
    width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
    testcase.assertEqual((depth, colour), (8, 0))
    pixels = zlib.decompress(chunks[1][1])
    testcase.assertEqual(len(pixels), height * (width + 1))
    return width, height


class PortalTestCase(unittest.TestCase):
    ARGS = ()

    @classmethod
    def setUpClass(cls):
        cls.portal = PortalProcess(*cls.ARGS)

    @classmethod
    def tearDownClass(cls):
        cls.portal.stop()

    def setUp(self):
        self.portal.control(reset=True)


class TlsAndStartup(PortalTestCase):
    def test_ready_line_and_files(self):
        p = self.portal
        self.assertEqual(p.ready_line, "READY port=%d ca=%s/ca.pem\n" % (p.port, p.directory))
        for name in ("ca.pem", "ca.key", "server.pem", "server.key", "other-ca.pem"):
            self.assertTrue(os.path.getsize(os.path.join(p.directory, name)) > 0, name)

    def test_certificate_names(self):
        with socket.create_connection(("127.0.0.1", self.portal.port), 5) as raw:
            with self.portal.context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
                names = set(tls.getpeercert()["subjectAltName"])
        self.assertEqual(names, {("IP Address", "127.0.0.1"), ("DNS", "localhost")})

    def test_localhost_verifies(self):
        status, _, _ = self.portal.request("/_stats", method="GET", host="localhost")
        self.assertEqual(status, 200)

    def test_other_ca_fails(self):
        other = ssl.create_default_context(
            cafile=os.path.join(self.portal.directory, "other-ca.pem"))
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=other))
        with self.assertRaises(urllib.error.URLError) as caught:
            self.portal.request(HOOK + GET_URL, {"id": 1063}, opener=opener)
        self.assertIsInstance(caught.exception.reason, ssl.SSLCertVerificationError)
        # The server is still fine afterwards, and did not count the refused connection.
        self.assertEqual(self.portal.call(GET_URL, {"id": 1063})[0], 200)
        self.assertEqual(self.portal.stats()["total"], 1)

    def test_plain_http_is_refused(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.portal.port, timeout=5)
        with self.assertRaises((ConnectionError, http.client.HTTPException, OSError)):
            connection.request("GET", "/_stats")
            connection.getresponse().read()
        connection.close()


class PublicUrl(PortalTestCase):
    def test_success_shape_and_php_escaping(self):
        status, headers, raw = self.portal.request(HOOK + GET_URL, {"id": 1063})
        self.assertEqual(status, 200)
        self.assertEqual(headers["Content-Type"], "application/json; charset=utf-8")
        self.assertEqual(int(headers["Content-Length"]), len(raw))
        self.assertNotIn(b"/", raw.replace(b"\\/", b""))
        self.assertNotIn(b"&", raw)
        self.assertIn(b"https:\\/\\/127.0.0.1:%d\\/pub\\/site\\/10\\/order\\/?orderId=4063"
                      b"\\u0026access=" % self.portal.port, raw)
        body = json.loads(raw)
        self.assertEqual(set(body), {"result", "time"})
        payment = body["result"]["payment"]
        self.assertEqual(set(payment), {"url", "shortUrl", "qr"})
        base = "https://127.0.0.1:%d" % self.portal.port
        self.assertRegex(payment["url"], r"^%s/pub/site/10/order/\?orderId=4063&access=[0-9a-f]{32}"
                                         r"&paymentId=1063$" % re.escape(base))
        self.assertRegex(payment["shortUrl"], r"^%s/~[0-9A-Za-z]{5}$" % re.escape(base))
        check_png(self, base64.b64decode(payment["qr"], validate=True))
        self.assertEqual(set(body["time"]), TIME_KEYS)
        t = body["time"]
        self.assertAlmostEqual(t["duration"], t["finish"] - t["start"], places=6)
        self.assertEqual(t["processing"], 0.01)
        self.assertEqual(t["operating"], 0.01)
        self.assertIsInstance(t["operating_reset_at"], int)
        self.assertAlmostEqual(t["operating_reset_at"], time.time() + 600, delta=5)
        self.assertRegex(t["date_start"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")

    def test_derived_from_id(self):
        first = self.portal.json(GET_URL, {"id": 1063})[1]["result"]["payment"]
        again = self.portal.json(GET_URL, {"id": 1063})[1]["result"]["payment"]
        other = self.portal.json(GET_URL, {"id": 1299})[1]["result"]["payment"]
        self.assertEqual(first, again)
        self.assertNotEqual(first["url"].split("access=")[1][:32],
                            other["url"].split("access=")[1][:32])
        self.assertNotEqual(first["shortUrl"], other["shortUrl"])
        self.assertTrue(other["url"].endswith("orderId=4299&access=%s&paymentId=1299"
                                              % other["url"].split("access=")[1][:32]))

    @unittest.skipUnless(shutil.which("zbarimg"), "zbarimg is not installed")
    def test_qr_decodes_to_short_url(self):
        payment = self.portal.json(GET_URL, {"id": 1100})[1]["result"]["payment"]
        path = os.path.join(self.portal.directory, "qr.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(payment["qr"]))
        decoded = subprocess.run(["zbarimg", "--raw", "-q", path], capture_output=True, text=True)
        self.assertEqual(decoded.stdout.strip(), payment["shortUrl"])

    def test_string_id_json_suffix_and_case(self):
        self.assertEqual(self.portal.call(GET_URL + ".json", {"id": "1063"})[0], 200)
        self.assertEqual(self.portal.call(GET_URL.lower(), {"id": 1000})[0], 200)
        requests = self.portal.stats()["requests"]
        self.assertEqual(requests, {GET_URL: 1, GET_URL.lower(): 1})

    def test_errors(self):
        p = self.portal
        for pid in (999, 1300, 0):
            self.assertEqual(p.call(GET_URL, {"id": pid}),
                             (400, b'{"error":200640400001,"error_description":'
                                   b'"payment is not exists"}'))
        self.assertEqual(p.call(GET_URL, {}),
                         (400, error_body(100, "Could not find value for parameter {id}")))
        self.assertEqual(p.call(GET_URL, {"id": "abc"}),
                         (400, error_body(100, "Invalid value {stringValue} to match with "
                                               "parameter {id}. Should be value of type int.")))
        self.assertEqual(p.call(GET_URL, {"id": True})[0], 400)
        self.assertIsInstance(json.loads(p.call(GET_URL, {"id": 5})[1])["error"], int)

    def test_unknown_method(self):
        self.assertEqual(self.portal.call("salescenter.payment.nothing", {"id": 1}),
                         (404, error_body("ERROR_METHOD_NOT_FOUND", "Method not found!")))

    def test_invalid_or_missing_json(self):
        expected = (400, error_body("INVALID_REQUEST", "The request body must be a JSON object"))
        for raw in (b"{not json", b"", b"[1,2]"):
            status, _, body = self.portal.request(HOOK + GET_URL, raw=raw)
            self.assertEqual((status, body), expected, raw)
        status, _, body = self.portal.request(HOOK + GET_URL, method="POST")
        self.assertEqual((status, body), expected)


class Auth(PortalTestCase):
    def test_wrong_webhook(self):
        expected = (401, error_body("NO_AUTH_FOUND", "Wrong authorization data"))
        self.assertEqual(self.portal.call(GET_URL, {"id": 1063}, prefix="/rest/1/wrong/"),
                         expected)
        self.assertEqual(self.portal.call(GET_URL, {"id": 1063}, prefix="/rest/2/testcode123/"),
                         expected)

    def test_noscope_webhook(self):
        expected = (403, error_body("insufficient_scope", "The request requires higher "
                                    "privileges than provided by the webhook token"))
        self.assertEqual(self.portal.call(GET_URL, {"id": 1063}, prefix=NOSCOPE), expected)
        self.assertEqual(self.portal.call("crm.item.payment.list",
                                          {"entityId": 7, "entityTypeId": 2}, prefix=NOSCOPE),
                         expected)
        status, body = self.portal.json("batch", {"cmd": {"a": GET_URL + "?id=1063",
                                                          "b": "crm.item.payment.get?id=1063"}},
                                        prefix=NOSCOPE)
        self.assertEqual(status, 200)
        self.assertEqual(body["result"]["result"], [])
        self.assertEqual(body["result"]["result_error"], {
            k: json.loads(expected[1]) for k in ("a", "b")})

    def test_oauth_token_in_body_and_query(self):
        token = self.portal.stats()["tokens"]["access_token"]
        self.assertEqual(self.portal.call(GET_URL, {"id": 1063, "auth": token}, prefix="/rest/")[0],
                         200)
        path = "/rest/%s?auth=%s" % (GET_URL, token)
        status, _, _ = self.portal.request(path, {"id": 1063})
        self.assertEqual(status, 200)
        self.assertEqual(self.portal.stats()["auth_in_query"], [path])

    def test_unknown_or_missing_token(self):
        expected = (401, error_body("NO_AUTH_FOUND", "Wrong authorization data"))
        self.assertEqual(self.portal.call(GET_URL, {"id": 1063, "auth": "nope"}, prefix="/rest/"),
                         expected)
        self.assertEqual(self.portal.call(GET_URL, {"id": 1063}, prefix="/rest/"), expected)


class OAuth(PortalTestCase):
    """Its own server, so the token serial numbers are known."""

    def test_rotation_reuse_and_expiry(self):
        p = self.portal
        oauth = {"id": 1063}
        self.assertEqual(p.call(GET_URL, dict(oauth, auth="access-1"), prefix="/rest/")[0], 200)

        self.assertEqual(p.refresh("refresh-1", secret="wrong"),
                         (401, error_body("invalid_client", "Invalid client credentials")))
        status, raw = p.refresh("refresh-1")
        self.assertEqual(status, 200)
        body = json.loads(raw)
        self.assertEqual(set(body), {"access_token", "client_endpoint", "domain", "expires",
                                     "expires_in", "member_id", "refresh_token", "scope",
                                     "server_endpoint", "status", "user_id"})
        self.assertEqual((body["access_token"], body["refresh_token"], body["expires_in"]),
                         ("access-2", "refresh-2", 3600))
        self.assertEqual(body["client_endpoint"], "https://127.0.0.1:%d/rest/" % p.port)
        self.assertAlmostEqual(body["expires"], time.time() + 3600, delta=5)

        expired = (401, error_body("expired_token", "The access token provided has expired."))
        self.assertEqual(p.call(GET_URL, dict(oauth, auth="access-1"), prefix="/rest/"), expired)
        self.assertEqual(p.call(GET_URL, dict(oauth, auth="access-2"), prefix="/rest/")[0], 200)
        self.assertEqual(p.refresh("refresh-1"),
                         (400, error_body("invalid_grant", "Invalid refresh token")))

        p.control(expire_token=True)
        self.assertEqual(p.call(GET_URL, dict(oauth, auth="access-2"), prefix="/rest/"), expired)
        p.control(reset=True)  # does not touch the tokens
        self.assertEqual(p.call(GET_URL, dict(oauth, auth="access-2"), prefix="/rest/"), expired)
        status, raw = p.refresh("refresh-2")
        self.assertEqual((status, json.loads(raw)["access_token"]), (200, "access-3"))
        self.assertEqual(p.call(GET_URL, dict(oauth, auth="access-3"), prefix="/rest/")[0], 200)
        # Refreshes do not go through the bucket or the REST counters.
        stats = p.stats()
        self.assertEqual(stats["refreshes"], 2)
        self.assertEqual(stats["oauth_requests"], 1)
        self.assertEqual(stats["tokens"], {"access_token": "access-3",
                                           "refresh_token": "refresh-3",
                                           "access_expired": False})

    def test_oauth_fault(self):
        p = self.portal
        tokens = p.stats()["tokens"]
        p.control(fault="internal")  # no method: REST requests only
        self.assertEqual(p.refresh("wrong")[0], 400)
        p.control(reset=True)
        p.control(fault="html_502", method="oauth", count=1)
        status, raw = p.refresh(tokens["refresh_token"])
        self.assertEqual(status, 502)
        self.assertEqual(p.call(GET_URL, {"id": 1063})[0], 200)
        self.assertEqual(p.stats()["tokens"], tokens)


class Payments(PortalTestCase):
    def test_list(self):
        for entity_type in (2, 31):
            status, raw = self.portal.call("crm.item.payment.list",
                                           {"entityId": 7, "entityTypeId": entity_type})
            self.assertEqual(status, 200)
            rows = json.loads(raw)["result"]
            self.assertEqual([r["id"] for r in rows], [1063, 1064, 1065])
            self.assertEqual(rows[0], {"id": 1063, "accountNumber": "3653/1", "paid": "Y",
                                       "datePaid": "2024-05-20T12:32:02+03:00", "empPaidId": 1,
                                       "paySystemId": 6, "sum": 900, "currency": "RUB",
                                       "paySystemName": "Cash"})
            self.assertEqual(rows[1]["sum"], 28.5)
            self.assertEqual(rows[1]["currency"], "EUR")
            self.assertEqual([(r["paid"], r["datePaid"]) for r in rows[1:]],
                             [("N", None), ("N", None)])
            self.assertIn(b'"accountNumber":"3653\\/1"', raw)
        for body in ({"entityId": 8, "entityTypeId": 2}, {"entityId": 7, "entityTypeId": 3}):
            status, raw = self.portal.call("crm.item.payment.list", body)
            self.assertEqual(status, 200)
            self.assertTrue(raw.startswith(b'{"result":[],"time":{'), raw)

    def test_list_missing_fields(self):
        expected = (400, error_body(100, "Required fields are not provided"))
        for body in ({}, {"entityId": 7}, {"entityTypeId": 2}):
            self.assertEqual(self.portal.call("crm.item.payment.list", body), expected)

    def test_list_filter_and_order(self):
        status, body = self.portal.json("crm.item.payment.list", {
            "entityId": 7, "entityTypeId": 2, "filter": {"@id": [1063, 1065]},
            "order": {"id": "desc"}})
        self.assertEqual([r["id"] for r in body["result"]], [1065, 1063])

    def test_get_pay_unpay(self):
        p = self.portal
        status, body = p.json("crm.item.payment.get", {"id": 1064})
        self.assertEqual((status, body["result"]["paid"], body["result"]["datePaid"]),
                         (200, "N", None))
        status, raw = p.call("crm.item.payment.pay", {"id": 1064})
        self.assertEqual(status, 200)
        self.assertTrue(raw.startswith(b'{"result":true,"time":{'))
        row = p.json("crm.item.payment.get", {"id": 1064})[1]["result"]
        self.assertEqual((row["paid"], row["empPaidId"]), ("Y", 1))
        self.assertRegex(row["datePaid"], r"^\d{4}-\d\d-\d\dT")
        listed = p.json("crm.item.payment.list", {"entityId": 7, "entityTypeId": 31})[1]
        self.assertEqual([r["paid"] for r in listed["result"]], ["Y", "Y", "N"])
        self.assertTrue(p.json("crm.item.payment.unpay", {"id": 1063})[1]["result"])
        row = p.json("crm.item.payment.get", {"id": 1063})[1]["result"]
        self.assertEqual((row["paid"], row["datePaid"], row["empPaidId"]), ("N", None, None))
        p.control(reset=True)
        row = p.json("crm.item.payment.get", {"id": 1064})[1]["result"]
        self.assertEqual(row["paid"], "N")

    def test_get_pay_unpay_errors(self):
        for method in ("crm.item.payment.get", "crm.item.payment.pay", "crm.item.payment.unpay"):
            self.assertEqual(self.portal.call(method, {"id": 5}),
                             (400, error_body(0, "Payment not found or access denied")))
            self.assertEqual(self.portal.call(method, {}),
                             (400, error_body(100, "Parameter id not specified")))


class Batch(PortalTestCase):
    def batch(self, cmd, halt=0, prefix=HOOK):
        status, raw = self.portal.call("batch", {"halt": halt, "cmd": cmd}, prefix=prefix)
        self.assertEqual(status, 200, raw)
        return raw, json.loads(raw)

    def test_all_success(self):
        raw, body = self.batch({"url": GET_URL + "?id=1063",
                                "list": "crm.item.payment.list?entityId=7&entityTypeId=2",
                                "get": "crm.item.payment.get?id=1064"})
        self.assertIn(b'"result_error":[]', raw)
        self.assertIn(b'"result_next":[]', raw)
        self.assertIn(b'"result_total":[]', raw)
        inner = body["result"]
        self.assertEqual(set(inner), {"result", "result_error", "result_total", "result_next",
                                      "result_time"})
        self.assertEqual(list(inner["result"]), ["url", "list", "get"])
        self.assertEqual(len(inner["result"]["list"]), 3)
        self.assertEqual(inner["result"]["get"]["id"], 1064)
        self.assertIn("qr", inner["result"]["url"]["payment"])
        self.assertEqual(set(inner["result_time"]), {"url", "list", "get"})
        self.assertEqual(set(inner["result_time"]["get"]), TIME_KEYS)
        self.assertEqual(set(body["time"]), TIME_KEYS)
        stats = self.portal.stats()
        self.assertEqual(stats["bucket"], 1)  # the whole batch counts once
        self.assertEqual(stats["requests"], {"batch": 1})
        self.assertEqual(stats["executed"], {"salescenter.payment.getpublicurl": 1,
                                             "crm.item.payment.list": 1,
                                             "crm.item.payment.get": 1})

    def test_numeric_keys_give_arrays(self):
        commands = [GET_URL + "?id=1063", "crm.item.payment.get?id=1063",
                    "crm.item.payment.get?id=1065"]
        for cmd in (commands, {"0": commands[0], "1": commands[1], "2": commands[2]}):
            raw, body = self.batch(cmd)
            self.assertTrue(raw.startswith(b'{"result":{"result":[{'), raw[:40])
            self.assertEqual([r.get("id") for r in body["result"]["result"][1:]], [1063, 1065])
            self.assertIsInstance(body["result"]["result_time"], list)

    def test_error_maps_follow_php_rule(self):
        _, body = self.batch([GET_URL + "?id=1", GET_URL + "?id=1063"])
        self.assertEqual(body["result"]["result_error"],
                         [{"error": 200640400001, "error_description": "payment is not exists"}])
        self.assertEqual(body["result"]["result"], {"1": body["result"]["result"]["1"]})
        _, body = self.batch([GET_URL + "?id=1063", GET_URL + "?id=1"])
        self.assertEqual(body["result"]["result_error"],
                         {"1": {"error": 200640400001,
                                "error_description": "payment is not exists"}})
        self.assertIsInstance(body["result"]["result"], list)

    def test_sixty_commands(self):
        cmd = {"c%02d" % i: "crm.item.payment.get?id=%d" % (1000 + i) for i in range(60)}
        _, body = self.batch(cmd)
        inner = body["result"]
        self.assertEqual(list(inner["result"]), ["c%02d" % i for i in range(50)])
        self.assertEqual(inner["result_error"], {
            "c%02d" % i: {"error": "ERROR_BATCH_LENGTH_EXCEEDED",
                          "error_description": "Max batch length exceeded"}
            for i in range(50, 60)})
        self.assertEqual(self.portal.stats()["executed"], {"crm.item.payment.get": 50})

    def test_nested_batch_and_unknown_method(self):
        _, body = self.batch({"inner": "batch?cmd[a]=crm.item.payment.get%3Fid%3D1063",
                              "nope": "crm.nothing.here", "ok": "crm.item.payment.get?id=1063"})
        self.assertEqual(body["result"]["result_error"], {
            "inner": {"error": "ERROR_BATCH_METHOD_NOT_ALLOWED",
                      "error_description": "Method is not allowed for batch usage"},
            "nope": {"error": "ERROR_METHOD_NOT_FOUND", "error_description": "Method not found!"}})
        self.assertEqual(list(body["result"]["result"]), ["ok"])

    def test_halt(self):
        cmd = {"a": "crm.item.payment.get?id=1063", "b": "crm.item.payment.get?id=5",
               "c": "crm.item.payment.get?id=1064"}
        for halt in (1, True, "1"):
            _, body = self.batch(cmd, halt=halt)
            inner = body["result"]
            self.assertEqual(list(inner["result"]), ["a"])
            self.assertEqual(list(inner["result_error"]), ["b"])
            self.assertEqual(list(inner["result_time"]), ["a"])
        for halt in (0, False):
            _, body = self.batch(cmd, halt=halt)
            self.assertEqual(list(body["result"]["result"]), ["a", "c"])
        _, body = self.batch({"a": "crm.item.payment.get?id=5"}, halt=1)
        self.assertEqual(body["result"]["result"], [])

    def test_query_parsing_and_references(self):
        _, body = self.batch({
            "list": "crm.item.payment.list?entityId=7&entityTypeId=2"
                    "&filter[@id][]=1063&filter[@id][]=1065&order[id]=desc",
            "first": "crm.item.payment.get?id=$result[list][0][id]",
            "missing": "crm.item.payment.get?id=$result[nothing][0][id]",
        })
        inner = body["result"]
        self.assertEqual([r["id"] for r in inner["result"]["list"]], [1065, 1063])
        self.assertEqual(inner["result"]["first"]["id"], 1065)
        self.assertEqual(inner["result_error"]["missing"],
                         {"error": 0, "error_description": "Payment not found or access denied"})

    def test_oauth_batch_and_bad_cmd(self):
        token = self.portal.stats()["tokens"]["access_token"]
        status, body = self.portal.json(
            "batch", {"auth": token, "cmd": {"x": "crm.item.payment.get?id=1063"}},
            prefix="/rest/")
        self.assertEqual((status, body["result"]["result"]["x"]["id"]), (200, 1063))
        raw, body = self.batch("not a map")
        self.assertIn(b'{"result":{"result":[],"result_error":[],', raw)


class Faults(PortalTestCase):
    def get_url(self, **kwargs):
        return self.portal.request(HOOK + GET_URL, {"id": 1063}, **kwargs)

    def test_broken_qr(self):
        self.portal.control(fault="broken_qr", count=1)
        status, _, raw = self.get_url()
        self.assertEqual(status, 200)
        data = base64.b64decode(json.loads(raw)["result"]["payment"]["qr"], validate=True)
        with self.assertRaises(ValueError):
            png_chunks(data)
        declared = struct.unpack(">I", data[33:37])[0]
        self.assertEqual(data[37:41], b"IDAT")
        self.assertTrue(data.endswith(b"IEND\xaeB`\x82"))
        self.assertGreater(declared, len(data) - 41 - 12)
        status, _, raw = self.get_url()
        check_png(self, base64.b64decode(json.loads(raw)["result"]["payment"]["qr"]))

    def test_broken_qr_in_batch(self):
        self.portal.control(fault="broken_qr", method="batch")
        # Only the batch is affected, and requests without a QR do not use the fault up.
        self.assertEqual(self.portal.call("crm.item.payment.get", {"id": 1063})[0], 200)
        good = json.loads(self.get_url()[2])["result"]["payment"]["qr"]
        _, body = self.portal.json("batch", {"cmd": [GET_URL + "?id=1063"]})
        bad = body["result"]["result"][0]["payment"]["qr"]
        self.assertNotEqual(bad, good)
        with self.assertRaises(ValueError):
            png_chunks(base64.b64decode(bad))

    def test_no_qr_and_wrong_types(self):
        self.portal.control(fault="no_qr", count=1)
        payment = json.loads(self.get_url()[2])["result"]["payment"]
        self.assertEqual(set(payment), {"url", "shortUrl"})
        self.portal.control(fault="wrong_types", count=1)
        payment = json.loads(self.get_url()[2])["result"]["payment"]
        self.assertIsInstance(payment["url"], int)
        self.assertIsInstance(json.loads(self.get_url()[2])["result"]["payment"]["url"], str)

    def test_html_502_count_and_reset(self):
        self.portal.control(fault="html_502", count=2)
        for _ in range(2):
            status, headers, raw = self.get_url()
            self.assertEqual(status, 502)
            self.assertEqual(headers["Content-Type"], "text/html; charset=utf-8")
            self.assertTrue(raw.startswith(b"<html>"))
        self.assertEqual(self.get_url()[0], 200)
        self.portal.control(fault="internal")  # until reset
        for _ in range(3):
            self.assertEqual(self.get_url()[::2],
                             (500, error_body("INTERNAL_SERVER_ERROR", "Internal server error")))
        self.portal.control(reset=True)
        self.assertEqual(self.get_url()[0], 200)

    def test_html_200_only_for_batch(self):
        self.portal.control(fault="html_200", method="BATCH", count=1)
        self.assertEqual(self.get_url()[0], 200)
        status, headers, raw = self.portal.request(HOOK + "batch", {"cmd": {}})
        self.assertEqual((status, headers["Content-Type"]), (200, "text/html; charset=utf-8"))
        with self.assertRaises(ValueError):
            json.loads(raw)

    def test_overload_and_error_string_number(self):
        self.portal.control(fault="overload", count=1)
        self.assertEqual(self.get_url()[::2],
                         (503, error_body("OVERLOAD_LIMIT", "REST API is blocked due to overload")))
        self.portal.control(fault="error_string_number", count=1)
        self.assertEqual(self.get_url()[::2],
                         (400, b'{"error":"200640400001","error_description":'
                               b'"payment is not exists"}'))

    def test_moved(self):
        self.portal.control(fault="moved", count=1)
        status, headers, raw = self.get_url()
        self.assertEqual(status, 302)
        self.assertEqual(headers["Location"], "https://moved.example" + HOOK + GET_URL)

    def test_slow(self):
        self.portal.control(fault="slow", delay=0.5, count=1)
        started = time.monotonic()
        status, _, raw = self.get_url()
        self.assertGreaterEqual(time.monotonic() - started, 0.5)
        self.assertEqual(status, 200)
        self.assertIn("payment", json.loads(raw)["result"])

    def test_silence(self):
        self.portal.control(fault="silence", count=1)
        started = time.monotonic()
        with self.assertRaises((TimeoutError, socket.timeout, urllib.error.URLError)) as caught:
            self.get_url(timeout=1)
        if isinstance(caught.exception, urllib.error.URLError):
            self.assertIsInstance(caught.exception.reason, (TimeoutError, socket.timeout))
        self.assertLess(time.monotonic() - started, 5)
        self.assertEqual(self.get_url()[0], 200)
        self.assertEqual(self.portal.stats()["requests"], {GET_URL: 2})

    def test_truncated_json(self):
        self.portal.control(fault="truncated_json", count=1)
        status, headers, raw = self.get_url()
        self.assertEqual(status, 200)
        self.assertEqual(int(headers["Content-Length"]), len(raw))
        self.assertTrue(raw.startswith(b'{"result":{"payment":'))
        with self.assertRaises(ValueError):
            json.loads(raw)

    def test_huge(self):
        self.portal.control(fault="huge", count=1)
        status, _, raw = self.get_url()
        self.assertEqual(status, 200)
        self.assertEqual(len(raw), 9 * 1024 * 1024)
        self.assertIn("payment", json.loads(raw)["result"])

    def test_bad_control(self):
        for spec in ({"fault": "nonsense"}, {"fault": "slow", "count": 0}, [1]):
            status, _, raw = self.portal.request("/_control", spec)
            self.assertEqual(status, 400, spec)
            self.assertEqual(json.loads(raw)["error"], "BAD_CONTROL")


class Stats(PortalTestCase):
    def test_stats(self):
        p = self.portal
        p.request(HOOK + GET_URL, {"id": 1063}, headers={"User-Agent": "other/2"})
        for i in range(24):
            p.call("crm.item.payment.get", {"id": 1000 + i})
        stats = p.stats()
        self.assertEqual(stats["total"], 25)
        self.assertEqual(stats["requests"], {GET_URL: 1, "crm.item.payment.get": 24})
        self.assertEqual(len(stats["last_requests"]), 20)
        self.assertEqual(stats["last_requests"][-1], "POST " + HOOK + "crm.item.payment.get")
        self.assertEqual(stats["user_agents"], ["other/2", AGENT])
        self.assertIn(stats["bucket"], range(20, 26))  # drains 2 per second
        self.assertEqual(stats["auth_in_query"], [])
        self.assertEqual(stats["bucket_refused"], 0)
        p.control(reset=True)
        stats = p.stats()
        self.assertEqual((stats["total"], stats["requests"], stats["last_requests"],
                          stats["user_agents"], stats["bucket"], stats["executed"],
                          stats["bucket_refused"]),
                         (0, {}, [], [], 0, {}, 0))


class PaymentRange(PortalTestCase):
    """--payments 1-20000: every id in the range exists, made only when asked for."""
    ARGS = ("--payments", "1-20000")

    def test_ends_of_the_range(self):
        p = self.portal
        base = "https://127.0.0.1:%d" % p.port
        for pid in (1, 20000):
            status, body = p.json(GET_URL, {"id": pid})
            self.assertEqual(status, 200)
            payment = body["result"]["payment"]
            self.assertRegex(payment["url"], r"^%s/pub/site/10/order/\?orderId=%d"
                                             r"&access=[0-9a-f]{32}&paymentId=%d$"
                                             % (re.escape(base), 3000 + pid, pid))
            self.assertRegex(payment["shortUrl"], r"^%s/~[0-9A-Za-z]{5}$" % re.escape(base))
            check_png(self, base64.b64decode(payment["qr"], validate=True))
        for pid in (0, 20001):
            self.assertEqual(p.call(GET_URL, {"id": pid}),
                             (400, b'{"error":200640400001,"error_description":'
                                   b'"payment is not exists"}'))
            self.assertEqual(p.call("crm.item.payment.get", {"id": pid}),
                             (400, error_body(0, "Payment not found or access denied")))

    def test_records_pay_unpay_and_reset(self):
        p = self.portal
        row = p.json("crm.item.payment.get", {"id": 1})[1]["result"]
        self.assertEqual(row, {"id": 1, "accountNumber": "2591/1", "paid": "N",
                               "datePaid": None, "empPaidId": None, "paySystemId": 6,
                               "sum": 101, "currency": "RUB", "paySystemName": "Cash"})
        # The seeded payments keep their data inside a wider range.
        self.assertEqual(p.json("crm.item.payment.get", {"id": 1063})[1]["result"]["paid"], "Y")
        listed = p.json("crm.item.payment.list", {"entityId": 7, "entityTypeId": 2})[1]
        self.assertEqual([r["id"] for r in listed["result"]], [1063, 1064, 1065])
        self.assertTrue(p.json("crm.item.payment.pay", {"id": 19999})[1]["result"])
        self.assertEqual(p.json("crm.item.payment.get", {"id": 19999})[1]["result"]["paid"], "Y")
        self.assertEqual(p.json("crm.item.payment.get", {"id": 19998})[1]["result"]["paid"], "N")
        p.control(reset=True)
        self.assertEqual(p.json("crm.item.payment.get", {"id": 19999})[1]["result"]["paid"], "N")

    def test_full_batch_of_distinct_links(self):
        cmd = {"p%d" % pid: GET_URL + "?id=%d" % pid for pid in range(12001, 12051)}
        status, body = self.portal.json("batch", {"halt": 0, "cmd": cmd})
        self.assertEqual(status, 200)
        results = body["result"]["result"]
        self.assertEqual(list(results), list(cmd))
        self.assertEqual(body["result"]["result_error"], [])
        payments = [results[key]["payment"] for key in cmd]
        self.assertEqual(len({pay["shortUrl"] for pay in payments}), 50)
        self.assertEqual(len({pay["qr"] for pay in payments}), 50)
        for payment in payments:
            check_png(self, base64.b64decode(payment["qr"], validate=True))
        self.assertEqual(self.portal.stats()["bucket"], 1)

    @unittest.skipUnless(shutil.which("zbarimg"), "zbarimg is not installed")
    def test_qr_decodes_to_short_url(self):
        for pid in (1, 777, 20000):
            payment = self.portal.json(GET_URL, {"id": pid})[1]["result"]["payment"]
            self.assertEqual(zbar(self.portal.directory, base64.b64decode(payment["qr"])),
                             payment["shortUrl"])


class NarrowRange(PortalTestCase):
    """--payments 1-500: the default ids, and the seeded ones, do not exist."""
    ARGS = ("--payments", "1-500")

    def test_outside_is_unknown(self):
        p = self.portal
        self.assertEqual(p.call(GET_URL, {"id": 500})[0], 200)
        for pid in (501, 1000, 1063):
            self.assertEqual(p.call(GET_URL, {"id": pid})[0], 400, pid)
        self.assertEqual(p.call("crm.item.payment.pay", {"id": 1063}),
                         (400, error_body(0, "Payment not found or access denied")))
        status, raw = p.call("crm.item.payment.list", {"entityId": 7, "entityTypeId": 2})
        self.assertEqual(status, 200)
        self.assertTrue(raw.startswith(b'{"result":[],"time":{'), raw)


class PaymentsOption(unittest.TestCase):
    def test_bad_ranges_are_refused(self):
        for value in ("5-1", "0-10", "1000", "a-b", "-5-10"):
            with tempfile.TemporaryDirectory() as directory:
                done = subprocess.run([sys.executable, SERVER, "--dir", directory,
                                       "--payments=" + value], capture_output=True, timeout=30)
            self.assertEqual(done.returncode, 2, value)
            self.assertEqual(done.stdout, b"", value)
            self.assertIn(b"--payments", done.stderr, value)


def zbar(directory, png):
    path = os.path.join(directory, "zbar.png")
    with open(path, "wb") as f:
        f.write(png)
    return subprocess.run(["zbarimg", "--raw", "-q", path], capture_output=True,
                          text=True).stdout.strip()


class QrEncoder(unittest.TestCase):
    """The portal's own QR encoder, every version it makes, read back by zbarimg."""

    @unittest.skipUnless(shutil.which("zbarimg"), "zbarimg is not installed")
    def test_every_version_decodes(self):
        sys.path.insert(0, HERE)
        try:
            import fake_portal
        finally:
            sys.path.remove(HERE)
        # Byte-mode capacities at level M: versions 1-6 hold 14, 26, 42, 62, 84, 106 bytes.
        # (ASCII only: without an ECI, zbarimg guesses the encoding of other bytes.)
        texts = ["x", "A" * 14, "https://127.0.0.1:1/~a", "b" * 26,
                 "https://127.0.0.1:45678/~Zz09q", "c" * 42, "https://example.com/" + "d" * 40,
                 "e" * 84, "f" * 106]
        with tempfile.TemporaryDirectory() as directory:
            for text in texts:
                png = fake_portal.qr_png(text)
                check_png(self, png)
                self.assertEqual(zbar(directory, png), text, text)
                size = len(fake_portal.qr_matrix(text))
                self.assertIn(size, (21, 25, 29, 33, 37, 41), text)
        self.assertEqual({len(fake_portal.qr_matrix(t)) for t in texts},
                         {21, 25, 29, 33, 37, 41})
        with self.assertRaises(ValueError):
            fake_portal.qr_matrix("g" * 107)


def fire(portal, connection, path, body):
    connection.request("POST", path, json.dumps(body),
                       {"Content-Type": "application/json", "User-Agent": AGENT})
    reply = connection.getresponse()
    return reply.status, reply.read()


class BucketDefault(PortalTestCase):
    """Default --drain 2 --burst 50: the 51st request sent at once is refused."""

    def test_fifty_first_refused(self):
        for attempt in range(3):  # retried only when the machine was too slow
            self.portal.control(reset=True)
            connection = http.client.HTTPSConnection("127.0.0.1", self.portal.port,
                                                     context=self.portal.context, timeout=10)
            started = time.monotonic()
            statuses = [fire(self.portal, connection, HOOK + "crm.item.payment.get",
                             {"id": 1063})[0] for _ in range(51)]
            elapsed = time.monotonic() - started
            connection.close()
            if elapsed < 0.45:  # no whole request has drained yet (one per 0.5 s)
                break
        self.assertEqual(statuses, [200] * 50 + [503], "elapsed %.2f s" % elapsed)
        self.assertEqual(self.portal.stats()["bucket_refused"], 1)


class Bucket(PortalTestCase):
    ARGS = ("--drain", "20", "--burst", "5")

    def test_refuses_when_full_and_drains(self):
        p = self.portal
        limit = (503, error_body("QUERY_LIMIT_EXCEEDED", "Too many requests"))
        for attempt in range(5):
            p.control(reset=True)
            connection = http.client.HTTPSConnection("127.0.0.1", p.port, context=p.context,
                                                     timeout=10)
            connection.connect()
            started = time.monotonic()
            replies = [fire(p, connection, HOOK + "crm.item.payment.get", {"id": 1063})
                       for _ in range(6)]
            elapsed = time.monotonic() - started
            if elapsed < 0.045 or attempt == 4:  # faster than one request drains (1/20 s)
                break
            connection.close()
        self.assertEqual([r[0] for r in replies], [200] * 5 + [503], "elapsed %.3f s" % elapsed)
        self.assertEqual(replies[5], limit)
        stats = p.stats()
        since = time.monotonic() - started
        self.assertEqual(stats["executed"], {"crm.item.payment.get": 5})  # not executed
        self.assertEqual(stats["requests"], {"crm.item.payment.get": 6})
        # Full after the burst, less what drained (20 a second) until the
        # stats were read: a loaded machine takes more than 50 ms for that.
        self.assertLessEqual(stats["bucket"], 5)
        self.assertGreaterEqual(stats["bucket"], 5 - math.ceil(since * 20), "%.3f s" % since)
        self.assertEqual(stats["bucket_refused"], 1)
        # /_control, /_stats and /oauth are outside the bucket.
        self.assertEqual(p.refresh("wrong")[0], 400)
        time.sleep(0.12)
        self.assertEqual(fire(p, connection, HOOK + "crm.item.payment.get", {"id": 1063})[0], 200)
        connection.close()

    def test_batch_counts_once(self):
        cmd = ["crm.item.payment.get?id=1063"] * 10
        statuses = [self.portal.call("batch", {"cmd": cmd})[0] for _ in range(2)]
        self.assertEqual(statuses, [200, 200])
        self.assertLessEqual(self.portal.stats()["bucket"], 2)


class OperatingLimit(PortalTestCase):
    ARGS = ("--operating-limit", "0.05", "--processing", "0.01")

    def test_block_after_limit(self):
        p = self.portal
        operating = []
        for _ in range(6):
            status, body = p.json(GET_URL, {"id": 1063})
            self.assertEqual(status, 200)
            operating.append(body["time"]["operating"])
        self.assertEqual(operating, [0.01, 0.02, 0.03, 0.04, 0.05, 0.06])
        self.assertEqual(p.call(GET_URL, {"id": 1063}),
                         (429, error_body("OPERATION_TIME_LIMIT",
                                          "Method is blocked due to operation time limit.")))
        # Other methods still work; a batch reports the block per command.
        self.assertEqual(p.call("crm.item.payment.get", {"id": 1063})[0], 200)
        status, body = p.json("batch", {"cmd": {"u": GET_URL + "?id=1063",
                                                "g": "crm.item.payment.get?id=1063"}})
        self.assertEqual(status, 200)
        self.assertEqual(body["result"]["result_error"], {"u": {
            "error": "OPERATION_TIME_LIMIT",
            "error_description": "Method is blocked due to operation time limit."}})
        self.assertEqual(body["result"]["result_time"]["g"]["operating"], 0.02)
        self.assertEqual(p.stats()["operating"]["salescenter.payment.getpublicurl"], 0.06)
        p.control(reset=True)
        self.assertEqual(p.call(GET_URL, {"id": 1063})[0], 200)

    def test_batch_sub_calls_count(self):
        status, body = self.portal.json("batch", {"cmd": ["crm.item.payment.get?id=1063"] * 7})
        self.assertEqual(status, 200)
        self.assertEqual(len(body["result"]["result"]), 6)  # keys 0..5: a JSON array
        self.assertEqual(body["result"]["result_error"]["6"]["error"], "OPERATION_TIME_LIMIT")


class Shutdown(unittest.TestCase):
    def test_sigterm_and_sigint_exit_cleanly(self):
        for sig in (signal.SIGTERM, signal.SIGINT):
            portal = PortalProcess()
            # An open, silent request does not keep the server from stopping.
            portal.control(fault="silence")
            connection = http.client.HTTPSConnection("127.0.0.1", portal.port,
                                                     context=portal.context, timeout=10)
            connection.request("POST", HOOK + GET_URL, "{}")
            time.sleep(0.2)
            code, rest = portal.stop(sig)
            connection.close()
            self.assertEqual((code, rest), (0, b""))


if __name__ == "__main__":
    unittest.main()
