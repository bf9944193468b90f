import os
import shlex
from string import Template


class ShellTransport:
    def __init__(self, channel):
        self.channel = channel

    def prepare(self, template, check):
        ctx = {"name": shlex.quote(check.name), "status": shlex.quote(check.status)}
        return Template(template).safe_substitute(ctx)

    def render(self, template, check):
        return Template(template).safe_substitute({"name": check.name})

    def notify(self, check):
        cmd = self.prepare(self.channel.cmd, check)
        # ok: security/shell-injection
        return os.system(cmd)

    def notify_unquoted(self, check):
        cmd = self.render(self.channel.cmd, check)
        # expect: security/shell-injection
        return os.system(cmd)


def list_spool():
    # expect: security/shell-injection
    return os.popen("/bin/ls %s" % ("/var/spool/app",)).read()
