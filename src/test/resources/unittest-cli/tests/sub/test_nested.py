import unittest


class Nested(unittest.TestCase):
    def test_nested(self):
        self.assertEqual('x'.upper(), 'X')
