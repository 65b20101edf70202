def main(job):
    return await job
