print("sgtutor: not wired yet")
