import os


def git_ref():
    if "GITHUB_REPOSITORY" in os.environ and "GITHUB_REF_NAME" in os.environ:
        return f"https://github.com/{os.environ['GITHUB_REPOSITORY']}", os.environ["GITHUB_REF_NAME"]
    return None, None
