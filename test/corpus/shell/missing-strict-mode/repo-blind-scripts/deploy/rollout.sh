#!/bin/bash
# Roll the new release out to every web node.
cd "$RELEASE_DIR"
tar czf /tmp/release.tgz .
for host in $(cat hosts.txt); do
  scp /tmp/release.tgz "deploy@$host:/srv/releases/"
  ssh "deploy@$host" "cd /srv/releases && tar xzf release.tgz && systemctl restart app"
done
