"""The participant web server for one workshop round: aiohttp on its own thread and event loop.

It serves the participant page (resources/workshop/) and the participant API
(docs/workshop-api.md) and nothing else. What it knows of the plan is the room's snapshot;
votes leave it only through ``on_votes``, called on the server's thread, so the window or the
command line applies them to the plan on their own thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import errno
import logging
import socket
import threading
from typing import Callable

from planner import resource_folder
from planner.language import _
from planner.model import Participant, Plan, Round, Vote
from planner.prose import system_problem
from planner.round_edits import find_round
from planner.workshop.room import MAX_BODY, Refusal, Room

log = logging.getLogger(__name__)

OnVotes = Callable[[str, tuple[Vote, ...], tuple[Participant, ...]], None]

# The only files served: the page and what it loads. A fixed list leaves no path to traverse.
FILES = {"index.html": "text/html", "strings.js": "text/javascript", "app.js": "text/javascript",
         "style.css": "text/css"}
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",  # the address carries the round's token
}
STOP_WAIT = 0.5  # seconds a request in flight gets to finish when the server stops
# Seconds a revealed or closed round is still served, status and round only (ratings refused), so
# every phone's poll (every 3 s) sees the reveal at least twice before the port closes.
GRACE = 10.0


class ServeError(OSError):
    """The server cannot listen where asked; ``str()`` is the one sentence to show, ``errno`` is kept."""

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def page_file(name: str) -> bytes:
    """One of the participant page's files: beside the package in a source checkout, else installed."""
    return resource_folder("workshop").joinpath(name).read_bytes()


class WorkshopServer:
    """The participant web server for one round, on its own thread with its own asyncio loop."""

    def __init__(self, plan: Plan, round_id: str, host: str = "0.0.0.0", port: int = 0,
                 on_votes: OnVotes | None = None, token: str | None = None, code: str | None = None):
        # ``token`` and ``code``: those of an earlier run of this round, so a re-vote keeps its address.
        self.room = Room(plan, find_round(plan, round_id), token=token, code=code)
        self._host, self._port = host, port
        self._shown_host: str | None = None
        self._on_votes = on_votes
        self._files = {name: page_file(name) for name in FILES}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Lock()

    # -------------------------------------------------------------- the facilitator's side

    def start(self) -> None:
        """Bind and serve; ServeError (an OSError) saying in one sentence why the address cannot be used."""
        if self._thread is not None:
            return
        ready: concurrent.futures.Future = concurrent.futures.Future()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="workshop-server", daemon=True)
        self._thread.start()
        try:
            ready.result()
        except BaseException:
            self._thread.join()
            self._thread = self._loop = None
            raise

    @property
    def address(self) -> str:
        return f"{self.short_address}/j/{self.room.token}"

    @property
    def short_address(self) -> str:
        if self._shown_host is None:
            self._shown_host = self._host
            if self._host in ("", "0.0.0.0", "::"):  # every interface: show the one phones most likely reach
                from planner.workshop.interfaces import network_interfaces
                self._shown_host = network_interfaces()[0][1]
            elif ":" in self._host:  # an IPv6 address goes in brackets in an address
                self._shown_host = f"[{self._host}]"
        return f"http://{self._shown_host}:{self._port}"

    @property
    def room_code(self) -> str:
        return self.room.code

    @property
    def port(self) -> int:
        return self._port

    def update(self, round_: Round) -> None:
        """Take a reveal, close or re-vote made in the window (any thread)."""
        self.room.update(round_)

    def retire(self, round_: Round, grace: float | None = None) -> None:
        """Take the round's reveal or close and stop serving ``grace`` seconds later (any thread):
        phones polling meanwhile are told, and their ratings refused, instead of finding nothing."""
        self.room.update(round_)
        with self._stopping:
            loop = self._loop
            if loop is not None:
                loop.call_soon_threadsafe(loop.call_later, GRACE if grace is None else grace, self._retired)

    def settle(self) -> None:
        """Return once every request the server was in the middle of has handed its votes on (call
        after update or retire, from another thread: a rating taken before it is not left behind)."""
        with self._stopping:
            loop = self._loop
        if loop is not None and threading.current_thread() is not self._thread:
            done = threading.Event()
            loop.call_soon_threadsafe(done.set)  # runs between handlers: a rating and its on_votes are one step
            done.wait(STOP_WAIT * 4)

    def _retired(self) -> None:
        with self._stopping:  # unless stop() came first
            loop, self._loop = self._loop, None
        if loop is not None:
            loop.stop()

    @property
    def serving(self) -> bool:
        """Whether the port is still open (a retiring server closes it by itself)."""
        return self._loop is not None

    def status(self) -> dict:
        """{"participants": n, "progress": {initiative: n}} and the state; any thread."""
        return self.room.status()

    def stop(self) -> None:
        """Stop serving and close the port; safe to call twice, and from any thread."""
        with self._stopping:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
        if thread is not None and threading.current_thread() is not thread:
            thread.join()  # also after a retire stopped the loop: the port is closed on return

    # -------------------------------------------------------------- the server's thread

    def _serve(self, ready: concurrent.futures.Future) -> None:
        from aiohttp import web

        loop = self._loop
        asyncio.set_event_loop(loop)
        runner = web.AppRunner(self._application(), access_log=None, shutdown_timeout=STOP_WAIT)
        try:
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, self._host, self._port)
            loop.run_until_complete(site.start())
            self._port = site._server.sockets[0].getsockname()[1]
        except OSError as e:
            loop.run_until_complete(runner.cleanup())
            loop.close()
            ready.set_exception(ServeError(e.errno, self._bind_problem(e)))
            return
        except BaseException as e:  # noqa: BLE001 - handed to start() on the caller's thread
            loop.close()
            ready.set_exception(e)
            return
        ready.set_result(None)
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(runner.cleanup())
            loop.close()

    def _bind_problem(self, e: OSError) -> str:
        where = f"{self._host or '0.0.0.0'}:{self._port}"
        if e.errno == errno.EADDRINUSE:
            return _("Port {port} on {host} is in use already; choose another port.").format(
                port=self._port, host=self._host or "0.0.0.0")
        if e.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT) or isinstance(e, socket.gaierror):
            return _("This computer has no network address {host}; choose one of its interfaces.").format(
                host=self._host)
        if e.errno == errno.EACCES:
            return _("Serving on {where} needs more rights; choose a port above 1023.").format(where=where)
        return _("Cannot serve on {where} ({problem}).").format(where=where, problem=system_problem(e))


    def _application(self):
        from aiohttp import web

        app = web.Application(client_max_size=MAX_BODY, middlewares=[web.middleware(_guard)])
        app.router.add_get("/", self._page)
        app.router.add_get("/j/{token}", self._page)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_post("/api/enter", self._enter)
        app.router.add_post("/api/{token}/join", self._join)
        app.router.add_get("/api/{token}/round", self._round)
        app.router.add_post("/api/{token}/rate", self._rate)
        app.router.add_get("/api/{token}/status", self._status)
        return app

    async def _page(self, request):
        from aiohttp import web

        status = 200
        token = request.match_info.get("token")
        if token is not None:
            try:
                self.room.check_token(token)
            except Refusal:
                status = 404  # the page still loads, and says the address is wrong
        return web.Response(body=self._files["index.html"], status=status, content_type="text/html",
                            charset="utf-8")

    async def _static(self, request):
        from aiohttp import web

        name = request.match_info["name"]
        if name not in FILES or name == "index.html":
            raise Refusal(404, "There is no such file.", "not_found")
        return web.Response(body=self._files[name], content_type=FILES[name], charset="utf-8")

    async def _enter(self, request):
        return _json(self.room.enter(request.remote or "", await _body(request)))

    async def _join(self, request):
        self.room.check_token(request.match_info["token"])
        answer, _ = self.room.join(await _body(request))
        return _json(answer)

    async def _round(self, request):
        self.room.check_token(request.match_info["token"])
        return _json(self.room.round_answer(request.headers.get("X-Participant")))

    async def _rate(self, request):
        self.room.check_token(request.match_info["token"])
        vote, joined = self.room.rate(request.headers.get("X-Participant"), await _body(request))
        if self._on_votes is not None:
            try:
                self._on_votes(self.room.snapshot.round_id, (vote,), joined)
            except Exception:  # the vote is taken; the receiver's failure is its own to report
                log.exception("a workshop vote could not be handed on")
        return _json({"ok": True, "value": vote.value})

    async def _status(self, request):
        self.room.check_token(request.match_info["token"])
        return _json(self.room.status())


async def _guard(request, handler):
    """Every answer: refusals as {"error": sentence, "code": code}, the security headers, and no caching."""
    from aiohttp import web

    try:
        response = await handler(request)
    except Refusal as e:
        response = _error(e.status, e.message, e.code)
    except web.HTTPException as e:  # the router's own: no such path, or not that method
        message = {404: ("There is nothing here.", "not_found"),
                   405: ("This address does not take that method.", "bad_method"),
                   413: (f"The request is larger than {MAX_BODY} bytes.", "too_large")}
        response = _error(e.status, *message.get(e.status, ("The request cannot be served.", "bad_request")))
    response.headers.update(HEADERS)
    static = request.path.startswith("/static/") and response.status == 200
    response.headers["Cache-Control"] = "no-cache" if static else "no-store"
    return response


async def _body(request) -> bytes:
    """The request's body, refused before reading when it says or turns out to be too large."""
    if request.content_type != "application/json":
        raise Refusal(415, "Send the request as application/json.", "not_json")
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise Refusal(413, f"The request is larger than {MAX_BODY} bytes.", "too_large")
    data = b""
    while len(data) <= MAX_BODY:
        chunk = await request.content.read(MAX_BODY + 1 - len(data))
        if not chunk:
            break
        data += chunk
    if len(data) > MAX_BODY:
        raise Refusal(413, f"The request is larger than {MAX_BODY} bytes.", "too_large")
    return data


def _json(value: dict):
    from aiohttp import web
    return web.json_response(value)


def _error(status: int, message: str, code: str):
    from aiohttp import web
    return web.json_response({"error": message, "code": code}, status=status)
