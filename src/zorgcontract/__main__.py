from zorgcontract.cli import start

if __name__ == "__main__":
    start()
