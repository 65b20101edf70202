from time import sleep

sleep(1)
