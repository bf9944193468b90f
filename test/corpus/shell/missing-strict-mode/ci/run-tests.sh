# Run by the CI job (no shebang: invoked as `bash ci/run-tests.sh`).
pip install -r requirements-dev.txt
pytest -q --junitxml=report.xml
coverage xml
