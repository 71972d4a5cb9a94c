package intake

// ShardInto makes every run merge in shards of about bytes of input each,
// on disk, until restore is called.
func ShardInto(bytes int64) (restore func()) {
	above, per := spillAbove, shardBytes
	spillAbove, shardBytes = -1, bytes
	return func() { spillAbove, shardBytes = above, per }
}
