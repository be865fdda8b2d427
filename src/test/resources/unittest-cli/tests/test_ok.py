import unittest


class AllGood(unittest.TestCase):
    def test_one(self):
        self.assertIn('a', 'abc')

    def test_two(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
