print("rounds")
