"""The laptop's network interfaces a facilitator can serve a workshop on, without extra libraries.

Asked three ways, each allowed to fail: ``ip -j addr`` (Linux), the interface ioctl (Linux
without iproute2) and the address the system would route to the outside from (any system,
sends nothing). A machine without a network still gets the loopback interface.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import subprocess

from planner.language import _

LOOPBACK = ("loopback", "127.0.0.1")


def network_interfaces() -> list[tuple[str, str]]:
    """[(label, IPv4 address)] of the interfaces that are up, the loopback one last."""
    found: dict[str, str] = {}
    for label, address in [*_from_ip_command(), *_from_ioctl(), *_from_route()]:
        found.setdefault(address, label)
    outside = [(label, address) for address, label in found.items() if not _is_loopback(address)]
    return [*outside, LOOPBACK]


def _is_loopback(address: str) -> bool:
    try:
        return ipaddress.IPv4Address(address).is_loopback
    except ValueError:
        return True  # not an address we can offer


def _from_ip_command() -> list[tuple[str, str]]:
    try:
        done = subprocess.run(["ip", "-j", "-4", "addr", "show", "up"], capture_output=True,
                              timeout=2, check=True)
        links = json.loads(done.stdout)
        return [(str(link.get("ifname", "?")), str(info["local"]))
                for link in links for info in link.get("addr_info", ())
                if info.get("family") == "inet" and "local" in info]
    except (OSError, subprocess.SubprocessError, ValueError, TypeError, AttributeError, KeyError):
        return []


def _from_ioctl() -> list[tuple[str, str]]:
    try:
        import fcntl
        import struct
    except ImportError:  # not on Windows
        return []
    found = []
    try:
        names = [name for _index, name in socket.if_nameindex()]
    except OSError:
        return []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for name in names:
            try:
                packed = fcntl.ioctl(s.fileno(), 0x8915,  # SIOCGIFADDR
                                     struct.pack("256s", name.encode("utf-8")[:15]))
            except OSError:  # no IPv4 address, or down
                continue
            found.append((name, socket.inet_ntoa(packed[20:24])))
    return found


def _from_route() -> list[tuple[str, str]]:
    """The address the system would send from to a documentation-only address (no packet leaves)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))
            return [(_("default route"), s.getsockname()[0])]
    except OSError:
        return []
