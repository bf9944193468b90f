import subprocess
subprocess.run(["docker", "build", "."], check=True)
