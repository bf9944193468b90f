import os
import shutil
import uuid
import unittest

FIXTURES = "dataset"


class TestSignature(unittest.TestCase):
    def setUp(self):
        experiment_id = str(uuid.uuid4())
        self.db_path = f"/tmp/{experiment_id}"
        os.mkdir(self.db_path)
        # ok: security/shell-injection
        os.system(f"cp {FIXTURES}/img1.jpg /tmp/{experiment_id}/")
        # ok: security/shell-injection
        os.system(f"cp dataset/img2.jpg {self.db_path}/")
        # ok: security/shell-injection
        os.system("cp dataset/img3.jpg /tmp/%s/" % uuid.uuid4().hex)

    def tearDown(self):
        shutil.rmtree(self.db_path)

    def copy(self, name):
        # expect: security/shell-injection
        os.system(f"cp dataset/{name} {self.db_path}/")
