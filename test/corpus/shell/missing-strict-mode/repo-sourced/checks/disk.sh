df -h /var/lib/docker | tail -1
du -sh /var/lib/docker/volumes
