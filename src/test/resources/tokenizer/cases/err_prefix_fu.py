x = fu'a'
